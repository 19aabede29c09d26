/**
 * A self-contained API reference page rendered from the spec: no CDN, no scripts, so it works offline and behind
 * strict proxies. It lists every operation by tag with its method, path, guarding module, RQL rules and responses;
 * the full contract is the YAML at `/openapi.yaml`.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockPlatform } from '../create-mock-platform';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Renders the reference page for a spec document. */
export function renderDocsPage(document: Json, baseUrl: string): string {
  const info = isObject(document.info) ? document.info : {};
  const title = typeof info.title === 'string' ? info.title : 'API';
  const version = typeof info.version === 'string' ? info.version : '';
  const tags = Array.isArray(document.tags) ? document.tags.filter(isObject) : [];
  const byTag = new Map<string, string[]>();
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
      const op = item[method];
      if (!isObject(op)) continue;
      const tag = Array.isArray(op.tags) && typeof op.tags[0] === 'string' ? op.tags[0] : 'Other';
      const module = typeof op['x-connect-module'] === 'string' ? op['x-connect-module'] : null;
      const rql = isObject(op['x-rql']) ? op['x-rql'] : null;
      const responses = isObject(op.responses) ? Object.keys(op.responses) : [];
      const html = `
      <details class="op" id="${escapeHtml(String(op.operationId ?? ''))}">
        <summary><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code>
          <span class="summary">${escapeHtml(String(op.summary ?? ''))}</span>
          ${module ? `<span class="module">${escapeHtml(module)}</span>` : ''}</summary>
        <p class="opid">operationId: <code>${escapeHtml(String(op.operationId ?? ''))}</code></p>
        ${typeof op.description === 'string' ? `<pre class="desc">${escapeHtml(op.description.trim())}</pre>` : ''}
        ${rql ? `<p><b>RQL</b> filters: <code>${escapeHtml(JSON.stringify(rql.filters ?? {}))}</code><br>ordering: <code>${escapeHtml(JSON.stringify(rql.ordering ?? []))}</code> search: <code>${escapeHtml(JSON.stringify(rql.search ?? []))}</code></p>` : ''}
        <p><b>Responses</b>: ${responses.map((r) => `<code>${escapeHtml(r)}</code>`).join(' ')}</p>
      </details>`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  }
  const order = [
    ...tags.map((t) => String(t.name)),
    ...[...byTag.keys()].filter((k) => !tags.some((t) => t.name === k)),
  ];
  const sections = order
    .filter((tag) => byTag.has(tag))
    .map((tag) => {
      const description = tags.find((t) => t.name === tag)?.description;
      return `<section><h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${typeof description === 'string' ? `<pre class="desc">${escapeHtml(description.trim())}</pre>` : ''}${byTag.get(tag)!.join('')}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} ${escapeHtml(version)} (emulator)</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 2rem;color:#1d2330}
code{font:13px ui-monospace,monospace;background:#f2f4f8;padding:1px 4px;border-radius:3px}
pre.desc{white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace;background:#fafbfd;border-left:3px solid #d7dce6;padding:.5rem .8rem}
details.op{border:1px solid #e1e5ee;border-radius:6px;margin:.4rem 0;padding:.3rem .7rem}
summary{cursor:pointer}
.method{display:inline-block;min-width:4.2em;text-align:center;font-weight:700;color:#fff;border-radius:3px;padding:0 .3em}
.get{background:#2f7d32}.post{background:#1d5fb4}.put{background:#a86400}.delete{background:#b3261e}.patch{background:#6b3fa0}
.module{float:right;font-size:12px;background:#eef;border-radius:3px;padding:0 .4em}
.summary{color:#555;margin-left:.5em}.opid{color:#666;font-size:13px}
nav a{margin-right:.8em}
</style></head><body>
<h1>${escapeHtml(title)} <small>${escapeHtml(version)}</small></h1>
<p>Served by the connect-tokens emulator at <code>${escapeHtml(baseUrl)}</code>. Full spec: <a href="/openapi.yaml">/openapi.yaml</a>.
Emulator-only admin routes: <code>GET/PUT /__mock/faults</code>, <code>POST /__mock/reset</code>, <code>POST /__mock/clock</code>.</p>
<nav>${order
    .filter((t) => byTag.has(t))
    .map((t) => `<a href="#tag-${escapeHtml(t)}">${escapeHtml(t)}</a>`)
    .join('')}</nav>
${sections}
</body></html>`;
}

/** MSW handlers for `/openapi.yaml`, `/docs` and `/` (→ `/docs`) at the platform's origin. */
export function createSiteHandlers(platform: MockPlatform): HttpHandler[] {
  const origin = new URL(platform.baseUrl).origin;
  const page = renderDocsPage(platform.spec.document, platform.baseUrl);
  return [
    http.get(`${origin}/openapi.yaml`, () =>
      HttpResponse.text(platform.specText, { headers: { 'content-type': 'application/yaml; charset=utf-8' } }),
    ),
    http.get(`${origin}/docs`, () => HttpResponse.html(page)),
    http.get(`${origin}/`, () => new Response(null, { status: 302, headers: { location: '/docs' } })),
  ];
}
