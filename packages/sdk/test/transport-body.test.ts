import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ConnectionError, createClient, TimeoutError, type SdkFetch } from '../src/index';

const KEY = `ApiKey SU-123-456-789:${'ab12'.repeat(10)}`;
const ENDPOINT = 'http://127.0.0.1:9/public/v1';
const TOKEN = { id: 'SU-123-456-789', name: 'body test' };

/** A response whose body sends `first` and then stalls (or fails with `fail`), erroring when the attempt aborts. */
function stalledBody(signal: AbortSignal, fail?: Error): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"id":"SU-'));
      if (fail) setTimeout(() => controller.error(fail), 5);
      signal.addEventListener('abort', () => controller.error(signal.reason));
    },
  });
  return new Response(stream, { status: 200, headers: { 'content-type': 'application/json' } });
}

/** A client whose fetch answers TOKEN at once and keeps every request it was sent, with the attempt's signal. */
function recordingClient() {
  const sent: { request: Request; signal: AbortSignal }[] = [];
  const fetch = async (request: Request, { signal }: { signal: AbortSignal }): Promise<Response> => {
    sent.push({ request, signal });
    return Response.json(TOKEN);
  };
  return { sent, client: createClient({ endpoint: ENDPOINT, apiKey: KEY, fetch, logLevel: 'off' }) };
}

/** A `tokens.get` through `fetch` that the caller aborts 10 ms in: what it rejected with, and the caller's reason. */
async function abortedMidCall(fetch: SdkFetch): Promise<{ outcome: unknown; reason: Error }> {
  const client = createClient({ endpoint: ENDPOINT, apiKey: KEY, fetch, timeoutMs: 10_000, logLevel: 'off' });
  const controller = new AbortController();
  const pending = client.tokens.get(TOKEN.id, { signal: controller.signal });
  const reason = new Error('user cancelled');
  setTimeout(() => controller.abort(reason), 10);
  return { outcome: await pending.catch((e: unknown) => e), reason };
}

describe('the transport reads the body inside the attempt', () => {
  it('a body that stalls after the headers times out, is retried, then throws TimeoutError', async () => {
    let attempts = 0;
    const fetch = async (_request: Request, { signal }: { signal: AbortSignal }): Promise<Response> => {
      attempts += 1;
      return stalledBody(signal);
    };
    const client = createClient({
      endpoint: ENDPOINT,
      apiKey: KEY,
      fetch,
      timeoutMs: 30,
      maxRetries: 1,
      logLevel: 'off',
    });
    const error = await client.whoami().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(attempts).toBe(2);
  });

  it('a body reset midway is a ConnectionError, retried, and a later good attempt wins', async () => {
    let attempts = 0;
    const fetch = async (_request: Request, { signal }: { signal: AbortSignal }): Promise<Response> => {
      attempts += 1;
      return attempts === 1 ? stalledBody(signal, new TypeError('terminated')) : Response.json(TOKEN);
    };
    const client = createClient({ endpoint: ENDPOINT, apiKey: KEY, fetch, maxRetries: 1, logLevel: 'off' });
    await expect(client.tokens.get(TOKEN.id)).resolves.toMatchObject(TOKEN);
    expect(attempts).toBe(2);
    const failing = createClient({
      endpoint: ENDPOINT,
      apiKey: KEY,
      fetch: async (_r, { signal }) => stalledBody(signal, new TypeError('terminated')),
      maxRetries: 0,
      logLevel: 'off',
    });
    await expect(failing.tokens.get(TOKEN.id)).rejects.toBeInstanceOf(ConnectionError);
  });

  it('the returned response can still be read in every way (text, json, blob, stream, clone)', async () => {
    const client = createClient({
      endpoint: ENDPOINT,
      apiKey: KEY,
      fetch: async () => Response.json(TOKEN),
      logLevel: 'off',
    });
    const { data, response } = await client.api.GET('/auth/tokens/{pk}', { params: { path: { pk: TOKEN.id } } });
    expect(data).toMatchObject(TOKEN);
    expect(await response.json()).toEqual(TOKEN);
    expect(JSON.parse(await response.text())).toEqual(TOKEN);
    expect(JSON.parse(await (await response.blob()).text())).toEqual(TOKEN);
    expect(JSON.parse(new TextDecoder().decode(await response.arrayBuffer()))).toEqual(TOKEN);
    expect(await response.clone().json()).toEqual(TOKEN);
    const streamed = await client.api.GET('/auth/tokens/{pk}', {
      params: { path: { pk: TOKEN.id } },
      parseAs: 'stream',
    });
    expect(JSON.parse(await new Response(streamed.data as ReadableStream).text())).toEqual(TOKEN);
  });

  it('retries a POST with the same body and Idempotency-Key, and times out a request a middleware rebuilt', async () => {
    const seen: string[] = [];
    let attempts = 0;
    const fetch = async (request: Request): Promise<Response> => {
      attempts += 1;
      seen.push(`${request.headers.get('idempotency-key')} ${await request.text()}`);
      return attempts === 1
        ? new Response('busy', { status: 503, headers: { 'retry-after': '0' } })
        : Response.json(TOKEN, { status: 201 });
    };
    const client = createClient({ endpoint: ENDPOINT, apiKey: KEY, fetch, maxRetries: 1, logLevel: 'off' });
    await client.tokens.create({ name: 'x', extension: { id: 'EXT-000' } });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]).toMatch(/^\S+ \{"name":"x"/);

    const hanging = createClient({
      endpoint: ENDPOINT,
      apiKey: KEY,
      fetch: (_request, { signal }) =>
        new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
      timeoutMs: 20,
      maxRetries: 0,
      logLevel: 'off',
    });
    hanging.api.use({ onRequest: ({ request }) => new Request(request, { headers: { 'x-rebuilt': '1' } }) });
    const result = await hanging.api.GET('/auth/context').catch((e: unknown) => e);
    expect(result).toBeInstanceOf(TimeoutError);
  });
});

describe('relativePath', () => {
  it('matches URL parsing for requests under and outside the endpoint', async () => {
    const { relativePath } = await import('../src/internal/transport');
    const slow = (url: string, base: URL): string => {
      const { pathname, origin } = new URL(url);
      const basePath = base.pathname.replace(/\/$/, '');
      return origin === base.origin && basePath !== '' && pathname.startsWith(`${basePath}/`)
        ? pathname.slice(basePath.length)
        : pathname;
    };
    const bases = ['http://127.0.0.1:4010/public/v1/', 'https://api.example.com/', 'https://api.example.com/v1/'].map(
      (b) => new URL(b),
    );
    const urls = [
      'http://127.0.0.1:4010/public/v1/auth/tokens/SU-1?limit=2&offset=4',
      'http://127.0.0.1:4010/public/v1/',
      'http://127.0.0.1:4010/public/v1',
      'http://127.0.0.1:4010/public/v10/x',
      'http://127.0.0.1:4011/public/v1/x#frag',
      'https://api.example.com/v1/auth/tokens?x=%2F',
      'https://api.example.com/other/path',
    ];
    for (const base of bases)
      for (const url of urls) expect(relativePath(url, base), `${url} under ${base.href}`).toBe(slow(url, base));
  });
});

describe("the attempt's signal, given to fetch in `init`", () => {
  it('aborts at the deadline with a TimeoutError DOMException; the request carries no signal of its own', async () => {
    const seen: { request: Request; signal: AbortSignal }[] = [];
    const fetch = (request: Request, { signal }: { signal: AbortSignal }): Promise<Response> => {
      seen.push({ request, signal });
      return new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    };
    const client = createClient({
      endpoint: ENDPOINT,
      apiKey: KEY,
      fetch,
      timeoutMs: 20,
      maxRetries: 1,
      logLevel: 'off',
    });
    await expect(client.whoami({ signal: new AbortController().signal })).rejects.toBeInstanceOf(TimeoutError);
    // The first attempt sends the request openapi-fetch built; the retry, a copy. Each has a signal of its own.
    expect(seen).toHaveLength(2);
    expect(seen[0]!.signal).not.toBe(seen[1]!.signal);
    for (const { request, signal } of seen) {
      expect(signal.reason).toBeInstanceOf(DOMException);
      expect((signal.reason as DOMException).name).toBe('TimeoutError');
      expect(request.signal.aborted).toBe(false);
    }
  });

  it("aborts with the caller's reason when the caller aborts, so a fetch that honours it stops too", async () => {
    const reasons: unknown[] = [];
    const honouring = (_request: Request, { signal }: { signal: AbortSignal }): Promise<Response> =>
      new Promise<Response>((_, reject) => {
        signal.addEventListener('abort', () => {
          reasons.push(signal.reason);
          reject(signal.reason);
        });
      });
    const { outcome, reason } = await abortedMidCall(honouring);
    expect(outcome).toBe(reason);
    expect(reasons).toEqual([reason]);
  });
});

describe('a custom fetch that ignores the signal', () => {
  const never = (): Promise<Response> => new Promise<Response>(() => {});

  it('still times out at the deadline, with a TimeoutError, instead of hanging', async () => {
    const client = createClient({
      endpoint: ENDPOINT,
      apiKey: KEY,
      fetch: never,
      timeoutMs: 40,
      maxRetries: 0,
      logLevel: 'off',
    });
    const started = Date.now();
    const error = await client.whoami().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('does not turn an answer that comes after the deadline into a success', async () => {
    const late = (): Promise<Response> =>
      new Promise((resolve) => setTimeout(() => resolve(Response.json(TOKEN)), 150));
    const client = createClient({
      endpoint: ENDPOINT,
      apiKey: KEY,
      fetch: late,
      timeoutMs: 30,
      maxRetries: 0,
      logLevel: 'off',
    });
    await expect(client.tokens.get(TOKEN.id)).rejects.toBeInstanceOf(TimeoutError);
  });

  it("leaves no listener on the request's or the attempt's signal once the call is over (it would keep the response alive)", async () => {
    const { sent, client } = recordingClient();
    await client.tokens.get(TOKEN.id, { signal: new AbortController().signal });
    await client.tokens.get(TOKEN.id);
    expect(sent).toHaveLength(2);
    for (const { request, signal } of sent) {
      expect(getEventListeners(request.signal, 'abort')).toHaveLength(0);
      expect(getEventListeners(signal, 'abort')).toHaveLength(0);
    }
  });

  it("ties an attempt's signal to the caller's only while the call runs (a long-lived signal must not hold every request)", async () => {
    const { sent, client } = recordingClient();
    const caller = new AbortController();
    for (let i = 0; i < 3; i++) await client.tokens.get(TOKEN.id, { signal: caller.signal });
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
    caller.abort(new Error('long after'));
    // Joined with `AbortSignal.any`, each of them would abort now: the caller's signal would still reach them all.
    expect(sent.map(({ signal }) => signal.aborted)).toEqual([false, false, false]);
    expect(sent.map(({ request }) => request.signal.aborted)).toEqual([false, false, false]);
  });

  it("rejects with the caller's abort reason when the caller aborts", async () => {
    const { outcome, reason } = await abortedMidCall(never);
    expect(outcome).toBe(reason);
  });

  it('ends a client.api call when the signal in its init aborts, also when a middleware rebuilt the request', async () => {
    for (const rebuilt of [false, true]) {
      const client = createClient({
        endpoint: ENDPOINT,
        apiKey: KEY,
        fetch: never,
        timeoutMs: 10_000,
        logLevel: 'off',
      });
      if (rebuilt)
        client.api.use({ onRequest: ({ request }) => new Request(request, { headers: { 'x-rebuilt': '1' } }) });
      const controller = new AbortController();
      const pending = client.api.GET('/auth/context', { signal: controller.signal });
      const reason = new Error(`user cancelled (rebuilt: ${rebuilt})`);
      setTimeout(() => controller.abort(reason), 10);
      expect(await pending.catch((e: unknown) => e)).toBe(reason);
    }
  });
});

describe('the transport joins a body that arrives in several chunks', () => {
  it('a JSON body split into many chunks, one inside a multi-byte character, decodes to the same token', async () => {
    const token = { id: 'SU-123-456-789', name: `Zürich ✓ ${'x'.repeat(5000)}` };
    const bytes = new TextEncoder().encode(JSON.stringify(token));
    const split = bytes.indexOf(0xc3) + 1; // inside "ü"
    const cuts = [0, 7, split, 200, 1024, 4096, bytes.length];
    const fetch = async (): Promise<Response> => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 1; i < cuts.length; i++) controller.enqueue(bytes.slice(cuts[i - 1], cuts[i]));
          controller.close();
        },
      });
      return new Response(stream, { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const client = createClient({ endpoint: ENDPOINT, apiKey: KEY, fetch, logLevel: 'off' });
    expect(await client.tokens.get(token.id)).toMatchObject(token);
  });
});
