import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConnectionError, createClient, TimeoutError } from '../src/index';

const SECRET = 'c0ffee'.repeat(6) + 'beef';
const KEY = `ApiKey SU-123-456-789:${SECRET}`;
const ENDPOINT = 'http://127.0.0.1:9/public/v1';

/** Every printable form of an error and of its cause chain. */
function printed(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    const e = current as Error & { code?: unknown };
    parts.push(
      String(e),
      e.message,
      e.stack ?? '',
      JSON.stringify(e),
      inspect(e, { depth: 10, showHidden: true }),
      String(e.code ?? ''),
    );
    current = e.cause;
  }
  return parts.join('\n');
}

describe('errors from fetch never carry the secret', () => {
  it('a fetch error quoting the Authorization header: message, stack, JSON, inspect and cause are redacted', async () => {
    const failing = async (request: Request): Promise<Response> => {
      const inner = Object.assign(new Error(`proxy said: bad header ${request.headers.get('authorization')}`), {
        code: 'EPROXY',
        header: `Authorization: ${KEY}`,
      });
      throw new TypeError(`fetch failed with Authorization: ${KEY} (bare ${SECRET})`, { cause: inner });
    };
    const client = createClient({ endpoint: ENDPOINT, apiKey: KEY, fetch: failing, maxRetries: 0, logLevel: 'off' });
    const error = await client.whoami().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    const text = printed(error);
    expect(text).not.toContain(SECRET);
    expect(text).toContain('ApiKey SU-123-456-789:****');
    // The cause is still useful: same class, same code, redacted text.
    const cause = (error as Error).cause as TypeError & { cause: Error & { code: string } };
    expect(cause).toBeInstanceOf(TypeError);
    expect(cause.name).toBe('TypeError');
    expect(cause.message).toBe('fetch failed with Authorization: ApiKey SU-123-456-789:**** (bare ****)');
    expect(cause.cause.code).toBe('EPROXY');
    expect((error as Error).message).toContain(
      'Connection error: fetch failed with Authorization: ApiKey SU-123-456-789:****',
    );
  });

  it('a thrown string is redacted too', async () => {
    const client = createClient({
      endpoint: ENDPOINT,
      apiKey: KEY,
      fetch: () => Promise.reject(`refused ${KEY}`),
      maxRetries: 0,
      logLevel: 'off',
    });
    const error = await client.whoami().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(printed(error)).not.toContain(SECRET);
    expect((error as Error).cause).toBe('refused ApiKey SU-123-456-789:****');
  });

  it('a timeout whose abort reason quotes the secret is redacted', async () => {
    const stalled = (_request: Request, { signal }: { signal: AbortSignal }): Promise<Response> =>
      new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error(`aborted ${KEY}`))));
    const client = createClient({
      endpoint: ENDPOINT,
      apiKey: KEY,
      fetch: stalled,
      timeoutMs: 20,
      maxRetries: 0,
      logLevel: 'off',
    });
    const error = await client.whoami().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(printed(error)).not.toContain(SECRET);
  });

  it('leaves an error with nothing to mask as it is', async () => {
    const original = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    });
    const client = createClient({
      endpoint: ENDPOINT,
      apiKey: KEY,
      fetch: () => Promise.reject(original),
      maxRetries: 0,
      logLevel: 'off',
    });
    const error = await client.whoami().catch((e: unknown) => e);
    expect((error as Error).cause).toBe(original);
    expect((error as Error).message).toBe('Connection error: fetch failed: ECONNREFUSED [GET /auth/context]');
  });
});
