import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockPlatform, createSiteHandlers, startMockServer, type MockServer } from '../src/index';

// A fake build output next to a secret that must never be served.
const sandbox = mkdtempSync(join(tmpdir(), 'console-site-'));
const dist = join(sandbox, 'dist');
const INDEX =
  '<!doctype html><html><head><script type="module" src="/console/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';
const SECRET = 'top secret outside the console directory';

const platform = createMockPlatform({ seed: 5, now: '2026-03-01T12:00:00Z' });
let server: MockServer;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("app");');
  writeFileSync(join(dist, 'assets', 'index-abc123.css'), 'body{margin:0}');
  writeFileSync(join(dist, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dist, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(dist, 'favicon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dist, 'manifest.webmanifest'), '{}');
  writeFileSync(join(dist, '.env'), 'SECRET=1');
  writeFileSync(join(sandbox, 'secret.txt'), SECRET);
  symlinkSync(join(sandbox, 'secret.txt'), join(dist, 'linked.txt'));
  await platform.ready;
  server = await startMockServer({
    handlers: [...platform.handlers, ...createSiteHandlers(platform)],
    port: 0,
    origin: 'http://127.0.0.1:4010',
    consoleDir: dist,
  });
});
afterAll(async () => {
  await server.close();
  rmSync(sandbox, { recursive: true, force: true });
});

/** Sends a request target exactly as written (fetch and http.request would normalise or refuse it). */
function rawGet(target: string): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'latin1');
    });
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body: rest.join('\r\n\r\n') });
    });
  });
}

describe('the console served at /console', () => {
  it('serves index.html at /console and /console/, with no-cache and a content security policy', async () => {
    for (const path of ['/console', '/console/', '/console?next=%2Ftokens']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('content-security-policy')).toContain('connect-src *');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('answers client-side routes with index.html (SPA fallback) but a missing asset with 404', async () => {
    for (const path of ['/console/tokens', '/console/tokens/SU-123-456-789/audit', '/console/endpoints/']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toBe(INDEX);
    }
    const missing = await fetch(`${server.url}/console/assets/missing-0000.js`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error_code).toBe('GEN_404');
    // A browser navigation (Accept: text/html) always gets the app, which shows its own not-found page.
    const navigation = await fetch(`${server.url}/console/report.pdf`, {
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(navigation.status).toBe(200);
    expect(await navigation.text()).toBe(INDEX);
  });

  it('serves static files with their content types; hashed assets are cached for a year', async () => {
    const cases: Array<[string, string]> = [
      ['/console/assets/index-abc123.js', 'text/javascript; charset=utf-8'],
      ['/console/assets/index-abc123.css', 'text/css; charset=utf-8'],
      ['/console/assets/logo.svg', 'image/svg+xml'],
      ['/console/assets/font.woff2', 'font/woff2'],
      ['/console/favicon.png', 'image/png'],
      ['/console/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ];
    for (const [path, type] of cases) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('cache-control'), path).toBe(
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      expect(response.headers.get('content-security-policy'), path).toBeNull();
    }
    const js = await fetch(`${server.url}/console/assets/index-abc123.js`);
    expect(await js.text()).toBe('console.log("app");');
    expect(js.headers.get('content-length')).toBe('19');
  });

  it('revalidates with ETag (304) and answers HEAD without a body', async () => {
    const first = await fetch(`${server.url}/console/assets/index-abc123.css`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await fetch(`${server.url}/console/assets/index-abc123.css`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    const head = await fetch(`${server.url}/console/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(INDEX)));
    expect(await head.text()).toBe('');
  });

  it('refuses other methods with 405 and Allow', async () => {
    const response = await fetch(`${server.url}/console/assets/index-abc123.js`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect((await response.json()).error_code).toBe('GEN_405');
  });

  it('never serves a file outside the directory: dot segments, encoded ones, separators, NUL, absolute paths, symlinks', async () => {
    const targets = [
      '/console/../secret.txt',
      '/console/assets/../../secret.txt',
      '/console/%2e%2e/secret.txt',
      '/console/%2E%2E/%2e%2e/secret.txt',
      '/console/.%2e/secret.txt',
      '/console/..%2fsecret.txt',
      '/console/..%2Fsecret.txt',
      '/console/..%5csecret.txt',
      '/console/..\\secret.txt',
      `/console/%2F${encodeURIComponent(join(sandbox, 'secret.txt').slice(1))}`,
      `/console/${join(sandbox, 'secret.txt')}`,
      `/console//${join(sandbox, 'secret.txt')}`,
      '/console/index.html%00.png',
      '/console/%00',
      '/console/%e0%a4%a',
      '/console/linked.txt',
      '/console/.env',
      `http://127.0.0.1/console/%2e%2e/secret.txt`,
    ];
    for (const target of targets) {
      const response = await rawGet(target);
      expect(response.body, target).not.toContain(SECRET);
      expect(response.body, target).not.toContain('SECRET=1');
      // Refused (400/404), or the app itself for a path that stays inside the directory.
      if (response.status === 200) expect(response.body, target).toContain('<div id="root">');
      else expect([400, 404], target).toContain(response.status);
    }
    expect((await rawGet('/console/%2e%2e/secret.txt')).status).toBe(400);
    expect((await rawGet('/console/..%2fsecret.txt')).status).toBe(400);
    expect((await rawGet('/console/index.html%00.png')).status).toBe(400);
    expect((await rawGet('/console/linked.txt')).status).toBe(404);
    expect((await rawGet('/console/.env')).status).toBe(404);
  });

  it('leaves the API, the docs and other paths alone', async () => {
    const api = await fetch(`${server.url}/public/v1/auth/context`, {
      headers: { authorization: platform.bootstrapKey },
    });
    expect(api.status).toBe(200);
    expect((await fetch(`${server.url}/docs`)).status).toBe(200);
    const lookalike = await fetch(`${server.url}/consoles`);
    expect(lookalike.status).toBe(404);
    expect((await lookalike.json()).error_code).toBe('GEN_404');
  });

  it('refuses to start on a directory without index.html', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'console-empty-'));
    try {
      await expect(startMockServer({ handlers: platform.handlers, port: 0, consoleDir: empty })).rejects.toThrow(
        /index\.html/,
      );
      await expect(
        startMockServer({ handlers: platform.handlers, port: 0, consoleDir: join(empty, 'nope') }),
      ).rejects.toThrow(/does not exist/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe.skipIf(!existsSync(cli))('the built CLI with --console', () => {
  it('prints the console URL and serves it', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0', '--quiet', '--console', dist], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match && /Console: +\S+\/console/.test(output) && output.includes('ApiKey SU-')) resolve(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`CLI exited early with ${code}: ${output}`)));
      });
      const page = await fetch(`${url}/console/tokens`);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe(INDEX);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('exits 2 with a clear message when the directory has no build', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0', '--quiet', '--console', join(sandbox, 'missing')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--console: .*does not exist/);
  });
});
