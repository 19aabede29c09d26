import { describe, expect, it, vi, afterEach, beforeEach } from 'vitest';
import { ConflictError, ConnectionError, InternalServerError, RateLimitError, TimeoutError } from '../src/index';
import { captureLogger } from './support/capture-logger';
import { usePlatform } from './support/platform';

const t = usePlatform();
/** Requests the emulator received, as `METHOD /path`. */
const received: string[] = [];
t.server.events.on(
  'request:start',
  ({ request }) => void received.push(`${request.method} ${new URL(request.url).pathname.replace('/public/v1', '')}`),
);
beforeEach(() => {
  received.length = 0;
});
/**
 * Waits for real I/O (MSW, the emulator) until `condition` holds. `vi.waitFor` would advance the fake clock, which
 * is exactly what the backoff tests must control themselves; `setImmediate` is not faked.
 */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(condition()).toBe(true);
}
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('retries against the emulator', () => {
  it('retries a 503 and returns the later success', async () => {
    let failures = 2;
    t.setFaults({ routes: { 'GET /auth/context': { rate503: 1, retryAfterS: 0 } } });
    const heal = () => {
      if (--failures === 0) t.setFaults({ routes: {} });
    };
    t.server.events.on('response:mocked', heal);
    await expect(t.client.whoami()).resolves.toMatchObject({ token: { id: 'SU-000-000-000' } });
    expect(received).toEqual(['GET /auth/context', 'GET /auth/context', 'GET /auth/context']);
    t.server.events.removeListener('response:mocked', heal);
  });

  it('backs off 0.5 s then 1 s (fake timers), sends nothing early, and gives up after 2 retries', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(Math, 'random').mockReturnValue(0); // no jitter
    t.setFaults({ routes: { 'GET /auth/context': { rate500: 1 } } });
    const { logger, lines } = captureLogger();
    const result = t
      .clientWith({ logger, logLevel: 'info' })
      .whoami()
      .catch((e: unknown) => e);
    await until(() => lines.length === 1);
    await vi.advanceTimersByTimeAsync(499);
    expect(received).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => lines.length === 2);
    expect(received).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(received).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toBeInstanceOf(InternalServerError);
    expect(received).toHaveLength(3);
    expect(lines.map((l) => l.fields['delayMs'])).toEqual([500, 1000]);
    expect(lines[0]!.message).toBe('Retrying GET /auth/context in 500 ms (attempt 2 of 3) after 500');
  });

  it('jitter only shortens the delay, by at most 25 %', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    t.setFaults({ routes: { 'GET /auth/context': { rate500: 1 } } });
    const { logger, lines } = captureLogger();
    const result = t
      .clientWith({ logger, logLevel: 'info', maxRetries: 1 })
      .whoami()
      .catch((e: unknown) => e);
    await until(() => lines.length === 1);
    await vi.advanceTimersByTimeAsync(1000);
    await result;
    expect(lines[0]!.fields['delayMs']).toBe(375);
  });

  it('honours Retry-After on 429 (fake timers)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    t.setFaults({ routes: { 'GET /auth/context': { rate429: 1, retryAfterS: 3 } } });
    const { logger, lines } = captureLogger();
    const result = t.clientWith({ logger, logLevel: 'info' }).whoami();
    await until(() => lines.length === 1);
    t.setFaults({ routes: {} });
    await vi.advanceTimersByTimeAsync(2999);
    expect(received).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBeTruthy();
    expect(received).toHaveLength(2);
    expect(lines[0]!.fields['delayMs']).toBe(3000);
  });

  it('does not sleep through a Retry-After over 60 s: RateLimitError carries retryAfter', async () => {
    t.setFaults({ routes: { 'GET /auth/context': { rate429: 1, retryAfterS: 120 } } });
    const { logger, lines } = captureLogger();
    const error = await t
      .clientWith({ logger, logLevel: 'warn' })
      .whoami()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(120);
    expect(received).toHaveLength(1);
    expect(lines.map((l) => l.level)).toEqual(['warn']);
  });

  it('maxRetries: 0 per call disables retries', async () => {
    t.setFaults({ routes: { 'GET /auth/context': { rate503: 1, retryAfterS: 0 } } });
    await expect(t.client.whoami({ maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
    expect(received).toHaveLength(1);
  });

  it('retries a dropped connection, then throws ConnectionError', async () => {
    t.setFaults({ routes: { 'GET /auth/context': { rateReset: 1 } } });
    const error = await t
      .clientWith({ maxRetries: 1 })
      .whoami()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(received).toHaveLength(2);
  });

  it('times out each attempt, retries, then throws TimeoutError', async () => {
    t.setFaults({ routes: { 'GET /auth/context': { latencyMs: 300 } } });
    const error = await t
      .clientWith({ timeoutMs: 50, maxRetries: 1 })
      .whoami()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toBe('Request timed out after 50 ms [GET /auth/context]');
    expect(received).toHaveLength(2);
  });

  it('a per-call timeout overrides the client’s', async () => {
    t.setFaults({ routes: { 'GET /auth/context': { latencyMs: 100 } } });
    await expect(t.client.whoami({ timeoutMs: 20, maxRetries: 0 })).rejects.toBeInstanceOf(TimeoutError);
    await expect(t.client.whoami({ timeoutMs: 2000 })).resolves.toBeTruthy();
  });

  it('an abort during a backoff sleep rejects at once with the caller’s reason', async () => {
    t.setFaults({ routes: { 'GET /auth/context': { rate503: 1, retryAfterS: 30 } } });
    const controller = new AbortController();
    const pending = t.client.whoami({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user gave up')), 50);
    const started = Date.now();
    await expect(pending).rejects.toThrow('user gave up');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(received).toHaveLength(1);
  });

  it('does not retry 409 IDEM_001', async () => {
    await t.client.tokens.create({ name: 'a', extension: { id: 'EXT-000' } }, { idempotencyKey: 'k-1' });
    received.length = 0;
    await expect(
      t.client.tokens.create({ name: 'b', extension: { id: 'EXT-000' } }, { idempotencyKey: 'k-1' }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(received).toHaveLength(1);
  });
});

describe('idempotent POSTs', () => {
  const countTokens = (name: string) =>
    t.client.tokens.list({ filter: `eq(name,${encodeURIComponent(name)})` }).count();

  it('reuses one Idempotency-Key on every attempt', async () => {
    const keys: (string | null)[] = [];
    const record = ({ request }: { request: Request }) =>
      void (request.method === 'POST' && keys.push(request.headers.get('idempotency-key')));
    const heal = () => t.setFaults({ routes: {} });
    t.server.events.on('request:start', record);
    t.setFaults({ routes: { 'POST /auth/tokens': { rate503: 1, retryAfterS: 0 } } });
    t.server.events.on('response:mocked', heal);
    await t.client.tokens.create({ name: 'x', extension: { id: 'EXT-000' } });
    t.server.events.removeListener('request:start', record);
    t.server.events.removeListener('response:mocked', heal);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^ct-[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('a create whose response is lost is retried and still makes exactly one token', async () => {
    let attempts = 0;
    // The first attempt reaches the server (which creates the token) but the connection drops before the answer.
    const lossy = async (request: Request): Promise<Response> => {
      const response = await fetch(request);
      if (++attempts === 1) throw new TypeError('fetch failed: socket hang up');
      return response;
    };
    const client = t.clientWith({ fetch: lossy });
    const created = await client.tokens.create({ name: 'exactly-once', extension: { id: 'EXT-000' } });
    expect(attempts).toBe(2);
    expect(created.token).toMatch(/:[0-9a-f]{40}$/); // the replayed response still carries the key
    await expect(countTokens('exactly-once')).resolves.toBe(1);
  });

  it('under injected 503s and 429s, N creates make exactly N tokens', async () => {
    t.setFaults({ routes: { 'POST /auth/tokens': { rate503: 0.3, rate429: 0.2, retryAfterS: 0 } } });
    const client = t.clientWith({ maxRetries: 10 });
    for (let i = 0; i < 10; i++) await client.tokens.create({ name: `faulty-${i}`, extension: { id: 'EXT-000' } });
    t.setFaults({ routes: {} });
    expect(received.filter((r) => r === 'POST /auth/tokens').length).toBeGreaterThan(10); // faults did happen
    await expect(t.client.tokens.list('like(name,faulty-*)').count()).resolves.toBe(10);
  });

  it('rotate under lost responses rotates once: the key it returns works', async () => {
    const created = await t.client.tokens.create({ name: 'rot', extension: { id: 'EXT-000' } });
    let attempts = 0;
    const lossy = async (request: Request): Promise<Response> => {
      const response = await fetch(request);
      if (request.method === 'POST' && ++attempts === 1) throw new TypeError('fetch failed');
      return response;
    };
    const rotated = await t.clientWith({ fetch: lossy }).tokens.rotate(created.id);
    await expect(t.clientWith({ apiKey: rotated.token }).whoami()).resolves.toMatchObject({
      token: { id: created.id },
    });
    const rotations = (await t.client.tokens.audit(created.id).toArray()).filter((e) => e.type === 'token.rotated');
    expect(rotations).toHaveLength(1);
  });
});
