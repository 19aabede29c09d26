// A fetch for the SDK that invents a token list of any length page by page, so a report's memory can be measured
// against its row count without a server (or a store) growing with it. Tokens are copies of ones the emulator
// serialized (so they have the API's shape), with new ids, names and dates; `GET /auth/context` answers what the
// emulator answered. The templates are made once by `makeTemplates()` (a small emulator asked over loopback HTTP, in
// another process), so the measured process loads only the SDK and the reports.
import { formatContentRange } from '@connect-tokens/protocol';

export const SYNTHETIC_KEY = `ApiKey SU-000-000-000:${'0123456789'.repeat(4)}`;

/** `{ tokens: [...40 serialized tokens], context: '<GET /auth/context body>' }` from a small seeded emulator. */
export async function makeTemplates() {
  const { createMockPlatform, startMockServer } = await import('@connect-tokens/mock-server');
  const platform = createMockPlatform({ seed: 'bench-synthetic', seedTokens: 40, bootstrapKey: SYNTHETIC_KEY });
  await platform.ready;
  const server = await startMockServer({
    handlers: platform.handlers,
    port: 0,
    origin: new URL(platform.baseUrl).origin,
  });
  try {
    const apiBase = `${server.url}${new URL(platform.baseUrl).pathname}`;
    const headers = { authorization: SYNTHETIC_KEY };
    const tokens = await (await fetch(`${apiBase}/auth/tokens?limit=40`, { headers })).json();
    const context = await (await fetch(`${apiBase}/auth/context`, { headers })).text();
    return { tokens, context };
  } finally {
    await server.close();
  }
}

export function syntheticFetch(total, { tokens, context }) {
  const templates = tokens.map((t) => JSON.stringify(t));
  const day = 86_400_000;
  const base = Date.parse('2024-01-01T00:00:00Z');
  const tokenAt = (i) => {
    const t = JSON.parse(templates[i % templates.length]);
    const id = String(i).padStart(9, '0');
    t.id = `SU-${id.slice(0, 3)}-${id.slice(3, 6)}-${id.slice(6)}`;
    t.name = `${t.name} #${i}`;
    if (t.events?.created) t.events.created.at = new Date(base + (i % 700) * day + i).toISOString();
    return t;
  };
  return async function synthetic(request) {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname.endsWith('/auth/tokens')) {
      const limit = Number(url.searchParams.get('limit') ?? 100);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const end = Math.min(total, offset + limit);
      const items = [];
      for (let i = offset; i < end; i++) items.push(tokenAt(i));
      return new Response(JSON.stringify(items), {
        status: 200,
        headers: {
          'content-type': 'application/json',
          'content-range': formatContentRange(offset, items.length, total),
        },
      });
    }
    if (request.method === 'GET' && url.pathname.endsWith('/auth/context')) {
      return new Response(context, { status: 200, headers: { 'content-type': 'application/json' } });
    }
    return new Response(`{"error_code":"GEN_404","errors":["synthetic fetch: no ${request.method} ${url.pathname}"]}`, {
      status: 404,
      headers: { 'content-type': 'application/json' },
    });
  };
}
