import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient, InvalidApiKeyError } from '../src/index';
import { usePlatform } from './support/platform';

const t = usePlatform();
const seen: Headers[] = [];
t.server.events.on('request:start', ({ request }) => void seen.push(request.headers));
afterEach(() => {
  seen.length = 0;
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});
const secretOf = (key: string) => key.split(':').pop()!;

describe('createClient', () => {
  it.each([
    ['ApiKey SU-…:secret', (key: string) => key],
    ['SU-…:secret', (key: string) => key.replace(/^ApiKey /, '')],
  ])('accepts %s and sends ApiKey SU-…:secret', async (_, shape) => {
    await t.clientWith({ apiKey: shape(t.platform.bootstrapKey) }).whoami();
    expect(seen[0]!.get('authorization')).toBe(t.platform.bootstrapKey);
  });

  it('accepts a bearer token and sends it as Bearer', async () => {
    const client = t.clientWith({ apiKey: `Bearer ${secretOf(t.platform.bootstrapKey)}` });
    await client.whoami().catch(() => undefined); // whether the emulator takes a bare secret is its business
    expect(seen[0]!.get('authorization')).toBe(`Bearer ${secretOf(t.platform.bootstrapKey)}`);
  });

  it.each([
    '',
    '   ',
    'hello world',
    'ApiKey SU-123:abc',
    'Basic dXNlcjpwYXNz',
    'Token 0123456789abcdef0123456789abcdef01234567',
  ])('rejects the malformed key %j before any request, without echoing it', (apiKey) => {
    const fetch = vi.fn();
    let error: unknown;
    try {
      createClient({ endpoint: t.platform.baseUrl, apiKey, fetch });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidApiKeyError);
    expect((error as Error).message).toMatch(/ApiKey SU-123-456-789:<secret>/);
    const last = apiKey.trim().split(' ').pop()!;
    if (last.length > 6) expect((error as Error).message).not.toContain(last);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads CONNECT_ENDPOINT and CONNECT_API_KEY when options are absent', async () => {
    vi.stubEnv('CONNECT_ENDPOINT', t.platform.baseUrl);
    vi.stubEnv('CONNECT_API_KEY', t.platform.bootstrapKey);
    const client = createClient({ logLevel: 'off' });
    expect(client.endpoint).toBe(t.platform.baseUrl);
    await expect(client.whoami()).resolves.toMatchObject({ token: { id: 'SU-000-000-000' } });
  });

  it('options win over the environment', () => {
    vi.stubEnv('CONNECT_ENDPOINT', 'https://env.example/public/v1');
    expect(t.clientWith({ endpoint: 'https://option.example/public/v1/' }).endpoint).toBe(
      'https://option.example/public/v1',
    );
  });

  it('sends User-Agent, Accept and the extra headers', async () => {
    await t.clientWith({ userAgent: 'my-app/1.0', headers: { 'X-Team': 'billing' } }).whoami();
    expect(seen[0]!.get('user-agent')).toMatch(/^my-app\/1\.0 connect-tokens-sdk\/\d+\.\d+\.\d+ \(node\/24/);
    expect(seen[0]!.get('accept')).toBe('application/json');
    expect(seen[0]!.get('x-team')).toBe('billing');
  });

  it('per-call headers are sent with that call only', async () => {
    await t.client.whoami({ headers: { 'X-Trace': 'abc' } });
    await t.client.whoami();
    expect(seen.map((h) => h.get('x-trace'))).toEqual(['abc', null]);
  });

  it('uses a custom fetch', async () => {
    const fetch = vi.fn((request: Request) => globalThis.fetch(request));
    await t.clientWith({ fetch }).whoami();
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('withOptions() keeps the key and changes the rest', async () => {
    const fast = t.client.withOptions({ timeoutMs: 1000, maxRetries: 0 });
    await expect(fast.whoami()).resolves.toMatchObject({ token: { id: 'SU-000-000-000' } });
  });

  it.each([
    [{ timeoutMs: 0 }, /timeoutMs/],
    [{ maxRetries: -1 }, /maxRetries/],
    [{ maxRetries: 1.5 }, /maxRetries/],
    [{ endpoint: 'ftp://x' }, /Invalid endpoint/],
    [{ logLevel: 'verbose' as never }, /logLevel/],
  ])('rejects the invalid option %j', (options, message) => {
    expect(() => t.clientWith(options)).toThrow(message);
  });

  it('logs one debug line per attempt with method, path, status, duration, attempt and request id', async () => {
    const lines: unknown[][] = [];
    const logger = { debug: (...a: unknown[]) => lines.push(a), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    await t.clientWith({ logger, logLevel: 'debug' }).whoami();
    expect(lines).toHaveLength(1);
    const [fields, message] = lines[0]!;
    expect(message).toBe('GET /auth/context 200');
    expect(fields).toMatchObject({ method: 'GET', path: '/auth/context', status: 200, attempt: 1 });
    expect((fields as { durationMs: number }).durationMs).toBeTypeOf('number');
    expect((fields as { requestId: string }).requestId).toBeTruthy();
  });

  it('logLevel filters lines; a throwing logger never breaks a request', async () => {
    const logger = {
      debug: vi.fn(() => {
        throw new Error('broken logger');
      }),
      info: vi.fn(),
      warn: vi.fn(),
      error: vi.fn(),
    };
    await expect(t.clientWith({ logger, logLevel: 'debug' }).whoami()).resolves.toBeTruthy();
    const quiet = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    await t.clientWith({ logger: quiet, logLevel: 'warn' }).whoami();
    expect(quiet.debug).not.toHaveBeenCalled();
  });

  it('refuses to run in a browser page unless dangerouslyAllowBrowser is set', async () => {
    vi.stubGlobal('window', { document: {} });
    expect(() => t.clientWith({})).toThrow(/browser page/);
    await expect(t.clientWith({ dangerouslyAllowBrowser: true }).whoami()).resolves.toBeTruthy();
  });
});
