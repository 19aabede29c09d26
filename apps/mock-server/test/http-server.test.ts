import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockPlatform, createSiteHandlers, startMockServer, type MockServer } from '../src/index';

// The handlers are registered for the default origin; the adapter rewrites every request to it, so the ephemeral
// port does not matter.
const platform = createMockPlatform({ seed: 7, now: '2026-03-01T12:00:00Z' });
let server: MockServer;
let proxied: MockServer;

beforeAll(async () => {
  await platform.ready;
  const handlers = [...platform.handlers, ...createSiteHandlers(platform)];
  server = await startMockServer({ handlers, port: 0, origin: 'http://127.0.0.1:4010' });
  proxied = await startMockServer({ handlers, port: 0, origin: 'http://127.0.0.1:4010', trustProxy: true });
});
afterAll(async () => {
  await server.close();
  await proxied.close();
});

const auth = () => ({ authorization: platform.bootstrapKey });

describe('the node:http adapter', () => {
  it('serves the API with X-Request-Id, Content-Range and JSON bodies', async () => {
    const list = await fetch(`${server.url}/public/v1/auth/tokens?limit=5`, { headers: auth() });
    expect(list.status).toBe(200);
    expect(list.headers.get('x-request-id')).toMatch(/^req-/);
    expect(list.headers.get('content-range')).toBe('items 0-0/1');
    const created = await fetch(`${server.url}/public/v1/auth/tokens`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'over http', extension: { id: 'EXT-000' } }),
    });
    expect(created.status).toBe(201);
    expect((await created.json()).token).toMatch(/^ApiKey SU-/);
  });

  it('takes the client IP from the socket and ignores a client-sent x-mock-client-ip', async () => {
    await fetch(`${server.url}/public/v1/auth/context`, { headers: { ...auth(), 'x-mock-client-ip': '203.0.113.99' } });
    const admin = platform.store.tokens.get('SU-000-000-000')!;
    expect(admin.last_access?.ip).toBe('127.0.0.1');
  });

  it('honours X-Forwarded-For only with trustProxy, taking the hop the trusted proxy appended', async () => {
    await fetch(`${server.url}/public/v1/auth/context`, { headers: { ...auth(), 'x-forwarded-for': '198.51.100.1' } });
    expect(platform.store.tokens.get('SU-000-000-000')!.last_access?.ip).toBe('127.0.0.1');
    // `trustProxy: true` trusts one hop, the socket peer: the client is the right-most address, the one it appended.
    await fetch(`${proxied.url}/public/v1/auth/context`, {
      headers: { ...auth(), 'x-forwarded-for': '198.51.100.1, 10.0.0.1' },
    });
    expect(platform.store.tokens.get('SU-000-000-000')!.last_access?.ip).toBe('10.0.0.1');
  });

  it('turns HttpResponse.error() into a connection reset', async () => {
    await fetch(`${server.url}/__mock/faults`, {
      method: 'PUT',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ routes: { 'GET /modules': { rateReset: 1 } } }),
    });
    try {
      const error = await fetch(`${server.url}/public/v1/modules`, { headers: auth() }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TypeError);
      const cause = (error as { cause?: { code?: string } }).cause;
      expect(['ECONNRESET', 'UND_ERR_SOCKET']).toContain(cause?.code);
      // The server survives it.
      expect((await fetch(`${server.url}/public/v1/extensions`, { headers: auth() })).status).toBe(200);
    } finally {
      await fetch(`${server.url}/__mock/faults`, {
        method: 'PUT',
        headers: { ...auth(), 'content-type': 'application/json' },
        body: JSON.stringify({ routes: {} }),
      });
    }
  });

  it('streams large bodies into a 413 without buffering them whole', async () => {
    const big = 'x'.repeat(2 * 1024 * 1024);
    const response = await fetch(`${server.url}/public/v1/auth/tokens`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: big,
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error_code).toBe('GEN_413');
  });

  it('serves the spec, the docs page, and a JSON 404 outside the API', async () => {
    const yaml = await fetch(`${server.url}/openapi.yaml`);
    expect(yaml.headers.get('content-type')).toContain('yaml');
    expect(await yaml.text()).toContain('openapi: 3.1');
    const docs = await fetch(`${server.url}/docs`);
    const html = await docs.text();
    expect(html).toContain('<code>/auth/tokens</code>');
    expect(html).not.toMatch(/<script|https?:\/\/cdn/i);
    const other = await fetch(`${server.url}/nothing-here`);
    expect(other.status).toBe(404);
    expect((await other.json()).error_code).toBe('GEN_404');
  });
});

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Starts the built CLI; `url` resolves once it is listening and has printed `ready` (a line of its banner). */
function startCli(args: string[], ready: string, env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match && output.includes(ready)) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`CLI exited early with ${code}: ${output}`)));
  });
  return { child, url, output: () => output };
}

describe.skipIf(!existsSync(cli))('the built CLI', () => {
  it('starts, prints the endpoint and a supplied bootstrap key only masked, serves requests and stops on SIGTERM', async () => {
    const key = `ApiKey SU-000-000-042:${'ab12'.repeat(10)}`;
    const cliRun = startCli(['--port', '0', '--quiet', '--seed-tokens', '3'], 'Try:', {
      ...process.env,
      CONNECT_MOCK_API_KEY: key,
    });
    const { child } = cliRun;
    const url = await cliRun.url;
    expect(cliRun.output()).toContain('ApiKey SU-000-000-042:****');
    expect(cliRun.output()).not.toContain('ab12ab12');
    const tokens = await fetch(`${url}/public/v1/auth/tokens`, { headers: { authorization: key } });
    expect(tokens.status).toBe(200);
    expect(((await tokens.json()) as unknown[]).length).toBe(4);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('logs every request in order, and all of them before it stops', async () => {
    const key = `ApiKey SU-000-000-042:${'ab12'.repeat(10)}`;
    const cliRun = startCli(['--port', '0', '--api-key', key], 'Webhooks:');
    const { child } = cliRun;
    const url = await cliRun.url;
    const paths = ['/auth/context', '/modules', '/auth/tokens/SU-000-000-042', '/auth/tokens/SU-999-999-999'];
    // Concurrently: answers of one turn of the event loop are written together.
    await Promise.all(
      paths.map(async (path) => (await fetch(`${url}/public/v1${path}`, { headers: { authorization: key } })).text()),
    );
    await (await fetch(`${url}/public/v1/modules`)).text();
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const output = cliRun.output();
    const lines = output.slice(output.indexOf('Webhooks:')).split('\n').slice(1, -1);
    const requests = lines.slice(0, -2).map((line) => line.split(' ').slice(3, 6).join(' '));
    expect(requests.slice(0, 4).sort()).toEqual([
      'GET /auth/context 200',
      'GET /auth/tokens/SU-000-000-042 200',
      'GET /auth/tokens/SU-999-999-999 404',
      'GET /modules 200',
    ]);
    expect(requests.slice(4)).toEqual(['GET /modules 401']);
    expect(lines.slice(-2)).toEqual(['', 'SIGTERM: shutting down']);
  });
});

describe('CORS over HTTP', () => {
  it('answers preflights and exposes the pagination and request-id headers', async () => {
    const preflight = await fetch(`${server.url}/public/v1/auth/tokens`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    const list = await fetch(`${server.url}/public/v1/modules`, { headers: auth() });
    expect(list.headers.get('access-control-allow-origin')).toBe('*');
    expect(list.headers.get('access-control-expose-headers')).toContain('Content-Range');
  });
});
