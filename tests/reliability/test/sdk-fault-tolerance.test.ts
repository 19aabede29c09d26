/**
 * Fault tolerance of the SDK against the emulator's seeded fault injection (latency, 429 + Retry-After, 503 +
 * Retry-After, dropped connections) plus responses lost *after* the server committed the change (the case
 * idempotency keys exist for). With retries, a full pagination of 5,000 tokens returns each token exactly once and 200
 * idempotent creates make exactly 200 tokens; without retries, the same run fails with typed errors and never hangs.
 *
 * Delays are real but short: the emulator's `Retry-After` is 0.01 s (the SDK honours fractional seconds), latency is
 * 1 ms, and only dropped connections (no Retry-After) pay the SDK's own backoff.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockPlatform } from '@connect-tokens/mock-server';
import {
  ConnectError,
  ConnectionError,
  createClient,
  InternalServerError,
  RateLimitError,
  TimeoutError,
  type ConnectClient,
  type Token,
} from '@connect-tokens/sdk';
import { capturingLogger, inProcessFetch, seededRandom, startPlatform, withDeadline } from './support/emulator';

const TOKENS = 5_000;
const CREATES = 200;
const PAGE_SIZE = 100;

/** The faults of every run: a bad day, but one that retries get through. */
const FAULTS = {
  routes: {
    'GET /auth/tokens': { latencyMs: 1, rate429: 0.1, rate503: 0.1, rateReset: 0.04, retryAfterS: 0.01 },
    'POST /auth/tokens': { latencyMs: 1, rate429: 0.08, rate503: 0.08, rateReset: 0.04, retryAfterS: 0.01 },
  },
};

/**
 * A fetch that, with probability `rate` (seeded), lets a request reach the emulator and then drops the response: the
 * server has committed the change, the client sees a reset. Counts what it dropped.
 */
function losingResponses(platform: MockPlatform, rate: number, seed: number) {
  const dice = seededRandom(seed);
  const inner = inProcessFetch(platform);
  const state = { lostAfterCommit: 0, lostCreates: 0 };
  const fetch = async (request: Request, init?: { signal?: AbortSignal }): Promise<Response> => {
    const lose = dice() < rate;
    const response = await inner(request, init);
    if (lose) {
      await response.arrayBuffer();
      state.lostAfterCommit += 1;
      if (request.method === 'POST' && response.status === 201) state.lostCreates += 1;
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      });
    }
    return response;
  };
  return { fetch, state };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Runs `tasks` with at most `limit` in flight; returns their settled results in order. */
async function pool<T>(
  count: number,
  limit: number,
  task: (i: number) => Promise<T>,
): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) {
        const i = next++;
        try {
          results[i] = { status: 'fulfilled', value: await task(i) };
        } catch (reason) {
          results[i] = { status: 'rejected', reason };
        }
      }
    }),
  );
  return results;
}

async function seedTokens(platform: MockPlatform, count: number): Promise<void> {
  for (let i = 0; i < count; i++)
    await platform.issueToken({ name: `Bulk ${String(i).padStart(4, '0')}`, permissions: [] });
}

describe('SDK with retries, against a faulty emulator', () => {
  let platform: MockPlatform;
  let client: ConnectClient;
  let lossy: ReturnType<typeof losingResponses>;
  const log = capturingLogger();

  beforeAll(async () => {
    ({ platform } = await startPlatform({ seed: 'faults', faults: FAULTS }));
    await seedTokens(platform, TOKENS);
    lossy = losingResponses(platform, 0.05, 7);
    client = createClient({
      endpoint: platform.baseUrl,
      apiKey: platform.bootstrapKey,
      fetch: lossy.fetch,
      maxRetries: 12,
      logger: log.logger,
      logLevel: 'debug',
    });
  }, 120_000);
  afterAll(() => platform.reset());

  it('paginates 5,000 tokens and returns each exactly once', async () => {
    const seen = new Map<string, number>();
    const outcome = await withDeadline(
      (async () => {
        for await (const token of client.tokens.list({ limit: PAGE_SIZE }))
          seen.set(token.id, (seen.get(token.id) ?? 0) + 1);
      })(),
      60_000,
    );
    expect(outcome).not.toBe('timeout');
    const expected = platform.store.tokens.list().map((t) => t.id);
    expect(expected.length).toBe(TOKENS + 1); // + the bootstrap token
    expect(seen.size).toBe(expected.length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(seen.keys())).toEqual(new Set(expected));
    // The faults really happened: the SDK retried after 429s, 503s and dropped connections.
    const retries = log.lines.filter(
      (l) => l.level === 'info' && /Retrying GET \/auth\/tokens/.test(String(l.args[1])),
    );
    const reasons = new Set(retries.map((l) => String((l.args[0] as { reason?: unknown }).reason)));
    expect(reasons).toContain('429');
    expect(reasons).toContain('503');
    expect(reasons).toContain('ConnectionError');
  }, 90_000);

  it('makes exactly 200 tokens from 200 idempotent creates, even when responses are lost after the commit', async () => {
    const before = platform.store.tokens.size;
    const lostBefore = lossy.state.lostCreates;
    const outcome = await withDeadline(
      pool(CREATES, 20, (i) =>
        client.tokens.create(
          { name: `Fault create ${i}`, extension: { id: 'EXT-000' }, permissions: [{ object: { id: 'MD-0007' } }] },
          { idempotencyKey: `fault-create-${i}` },
        ),
      ),
      60_000,
    );
    expect(outcome).not.toBe('timeout');
    const results = outcome as PromiseSettledResult<Token>[];
    const failures = results
      .filter((r) => r.status === 'rejected')
      .map((r) => String((r as PromiseRejectedResult).reason));
    expect(failures).toEqual([]);
    const created = results.map((r) => (r as PromiseFulfilledResult<Token>).value);

    expect(platform.store.tokens.size - before).toBe(CREATES);
    expect(new Set(created.map((t) => t.id)).size).toBe(CREATES);
    const names = platform.store.tokens
      .list()
      .map((t) => t.name)
      .filter((n) => n.startsWith('Fault create '));
    expect(names.length).toBe(CREATES);
    expect(new Set(names).size).toBe(CREATES);
    const audited = platform.store.audit
      .all()
      .filter((e) => e.type === 'token.created' && e.token?.name.startsWith('Fault create '));
    expect(audited.length).toBe(CREATES);
    // A replayed answer still carries the one key that works.
    for (const token of created) {
      const record = platform.store.tokens.get(token.id)!;
      expect(record.secrets[0]!.hash).toBe(sha256(token.token.slice(token.token.lastIndexOf(':') + 1)));
    }
    // Some creates really were committed, lost and replayed.
    expect(lossy.state.lostCreates - lostBefore).toBeGreaterThan(0);
    const replays = log.lines.filter(
      (l) => l.level === 'info' && /Retrying POST \/auth\/tokens/.test(String(l.args[1])),
    );
    expect(replays.length).toBeGreaterThan(0);
  }, 90_000);
});

describe('SDK without retries, against the same faulty emulator', () => {
  let platform: MockPlatform;
  let lossy: ReturnType<typeof losingResponses>;
  let client: ConnectClient;
  const TYPED = [RateLimitError, InternalServerError, ConnectionError];

  beforeAll(async () => {
    ({ platform } = await startPlatform({ seed: 'faults', faults: FAULTS }));
    await seedTokens(platform, TOKENS);
    lossy = losingResponses(platform, 0.05, 7);
    client = createClient({
      endpoint: platform.baseUrl,
      apiKey: platform.bootstrapKey,
      fetch: lossy.fetch,
      maxRetries: 0,
      logLevel: 'off',
    });
  }, 120_000);

  it('fails the pagination with a typed error, quickly', async () => {
    const started = Date.now();
    let pages = 0;
    const outcome = await withDeadline(
      (async () => {
        for await (const _page of client.tokens.list({ limit: PAGE_SIZE }).pages()) pages += 1;
      })().then(
        () => 'completed' as const,
        (error: unknown) => error,
      ),
      10_000,
    );
    expect(outcome).not.toBe('timeout');
    expect(outcome).not.toBe('completed');
    expect(outcome).toBeInstanceOf(ConnectError);
    expect(TYPED.some((type) => outcome instanceof type)).toBe(true);
    expect(pages).toBeLessThan(TOKENS / PAGE_SIZE);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('settles every create: a token or a typed error; the store holds exactly the successes plus the lost-after-commit ones', async () => {
    const before = platform.store.tokens.size;
    const lostBefore = lossy.state.lostCreates;
    const outcome = await withDeadline(
      pool(CREATES, 20, (i) =>
        client.tokens.create(
          { name: `No-retry create ${i}`, extension: { id: 'EXT-000' } },
          { idempotencyKey: `no-retry-${i}` },
        ),
      ),
      20_000,
    );
    expect(outcome).not.toBe('timeout');
    const results = outcome as PromiseSettledResult<Token>[];
    const rejected = results
      .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      .map((r) => r.reason as unknown);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    expect(rejected.length).toBeGreaterThan(0);
    for (const error of rejected) {
      expect(error).toBeInstanceOf(ConnectError);
      expect(
        TYPED.some((type) => error instanceof type),
        String(error),
      ).toBe(true);
      if (error instanceof RateLimitError) expect(error.retryAfter).toBeCloseTo(0.01);
    }
    const kinds = new Set(rejected.map((e) => (e as Error).name));
    expect(kinds).toContain('RateLimitError');
    expect(kinds).toContain('InternalServerError');
    expect(kinds).toContain('ConnectionError');
    const lost = lossy.state.lostCreates - lostBefore;
    expect(platform.store.tokens.size - before).toBe(fulfilled.length + lost);
  });

  it('turns a stalled response into a TimeoutError instead of hanging', async () => {
    await platform.reset();
    platform.runtime.faults = { routes: { 'GET /auth/context': { latencyMs: 30_000 } } };
    const slow = createClient({
      endpoint: platform.baseUrl,
      apiKey: platform.bootstrapKey,
      fetch: inProcessFetch(platform),
      maxRetries: 0,
      timeoutMs: 200,
      logLevel: 'off',
    });
    const started = Date.now();
    const outcome = await withDeadline(
      slow.whoami().then(
        () => 'answered',
        (error: unknown) => error,
      ),
      5_000,
    );
    expect(outcome).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
