import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createClient, rql, type Page } from '../src/index';
import { usePlatform } from './support/platform';

const t = usePlatform();
const requests: URL[] = [];
t.server.events.on('request:start', ({ request }) => {
  if (request.url.includes('/auth/tokens')) requests.push(new URL(request.url));
});
beforeEach(() => {
  requests.length = 0;
});

/** The bootstrap token plus `n` more: `n + 1` tokens in all. */
async function seedTokens(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await t.platform.issueToken({ name: `token ${String(i).padStart(3, '0')}` });
  requests.length = 0;
}

describe('pagination against the emulator', () => {
  it('iterates every item across page boundaries with for await', async () => {
    await seedTokens(249);
    const ids = new Set<string>();
    for await (const token of t.client.tokens.list({ limit: 100 })) ids.add(token.id);
    expect(ids.size).toBe(250);
    expect(requests.map((u) => u.searchParams.get('offset'))).toEqual(['0', '100', '200']);
  });

  it('for any list size and page size: every item exactly once, in ⌈n/limit⌉ requests (at least 1)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 40 }), fc.integer({ min: 1, max: 15 }), async (extra, limit) => {
        await t.platform.reset();
        await seedTokens(extra);
        const total = extra + 1;
        const ids: string[] = [];
        for await (const token of t.client.tokens.list({ limit })) ids.push(token.id);
        expect(ids).toHaveLength(total);
        expect(new Set(ids).size).toBe(total);
        expect(requests).toHaveLength(Math.max(1, Math.ceil(total / limit)));
      }),
      { numRuns: 25 },
    );
  });

  it('ends on an exact page boundary without an empty extra request', async () => {
    await seedTokens(199);
    const sizes: number[] = [];
    for await (const page of t.client.tokens.list({ limit: 100 }).pages()) sizes.push(page.items.length);
    expect(sizes).toEqual([100, 100]);
    expect(requests).toHaveLength(2);
  });

  it('pages carry offset, total, request id and whether more follow', async () => {
    await seedTokens(4);
    const pages: Page<unknown>[] = [];
    for await (const page of t.client.tokens.list({ limit: 2 }).pages()) pages.push(page);
    expect(pages.map((p) => [p.offset, p.items.length, p.total, p.hasMore])).toEqual([
      [0, 2, 5, true],
      [2, 2, 5, true],
      [4, 1, 5, false],
    ]);
    expect(pages[0]!.requestId).toBeTruthy();
  });

  it('an empty result yields nothing, with one request', async () => {
    const items = await t.client.tokens.list(rql.eq('name', 'no such token')).toArray();
    expect(items).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('count() is one limit=0 request read from Content-Range', async () => {
    await seedTokens(30);
    await expect(t.client.tokens.list().count()).resolves.toBe(31);
    await expect(t.client.tokens.list(rql.eq('name', 'token 007')).count()).resolves.toBe(1);
    expect(requests.map((u) => u.searchParams.get('limit'))).toEqual(['0', '0']);
  });

  it('first() asks for a single item', async () => {
    await seedTokens(3);
    const first = await t.client.tokens.list(t.client.tokens.query().ordering('name')).first();
    expect(first?.name).toBe('Bootstrap admin');
    expect(requests[0]!.searchParams.get('limit')).toBe('1');
  });

  it('toArray({ max }) stops early and never fetches more than needed', async () => {
    await seedTokens(30);
    const items = await t.client.tokens.list({ limit: 10 }).toArray({ max: 15 });
    expect(items).toHaveLength(15);
    expect(requests.map((u) => u.searchParams.get('limit'))).toEqual(['10', '10']);
  });

  it('sends the RQL filter and ordering with every page', async () => {
    await seedTokens(5);
    const names = (
      await t.client.tokens
        .list(t.client.tokens.query().filter(rql.ilike('name', 'token*')).ordering('-name').limit(2))
        .toArray()
    ).map((x) => x.name);
    expect(names).toEqual(['token 004', 'token 003', 'token 002', 'token 001', 'token 000']);
    expect(requests.map((u) => u.search)).toEqual([
      '?ilike(name,token*)&ordering(-name)&limit=2&offset=0',
      '?ilike(name,token*)&ordering(-name)&limit=2&offset=2',
      '?ilike(name,token*)&ordering(-name)&limit=2&offset=4',
    ]);
  });

  it('prefetch requests the next page while the caller works on the current one', async () => {
    await seedTokens(9);
    const pages = t.client.tokens.list({ limit: 5 }, { prefetch: true }).pages();
    await pages.next();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(requests).toHaveLength(2); // page 2 is already in flight (or done) before we asked for it
    const second = await pages.next();
    expect(second.value?.items).toHaveLength(5);
    await pages.return(undefined);
  });

  it('prefetch: true keeps two pages ahead in flight, placed by the Content-Range total', async () => {
    await seedTokens(19);
    const pages = t.client.tokens.list({ limit: 5 }, { prefetch: true }).pages();
    await pages.next();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(requests.map((u) => u.searchParams.get('offset'))).toEqual(['0', '5', '10']);
    await pages.next();
    await new Promise((resolve) => setTimeout(resolve, 30));
    // 20 tokens: the last page (offset 15) is asked for once page 2 is taken, and nothing past the total.
    expect(requests.map((u) => u.searchParams.get('offset'))).toEqual(['0', '5', '10', '15']);
    await pages.return(undefined);
  });

  it('for any list size and page size, with prefetch or not: every item exactly once, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 40 }),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        async (extra, limit, prefetch) => {
          await t.platform.reset();
          await seedTokens(extra);
          const expected = (await t.client.tokens.list({ limit: 100 }).toArray()).map((x) => x.id);
          requests.length = 0;
          const ids: string[] = [];
          for await (const token of t.client.tokens.list({ limit }, { prefetch })) ids.push(token.id);
          expect(ids).toEqual(expected);
          // No request past the end: the total bounds the pages requested ahead.
          expect(requests).toHaveLength(Math.max(1, Math.ceil((extra + 1) / limit)));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('prefetch recovers when the server returns fewer items than asked: nothing skipped or repeated', async () => {
    await seedTokens(29);
    const expected = (await t.client.tokens.list({ limit: 100 }).toArray()).map((x) => x.id);
    // A proxy (or a server with a lower cap) that cuts the page at offset 5 to 3 items, keeping the total.
    const capping = async (request: Request): Promise<Response> => {
      const response = await fetch(request);
      const url = new URL(request.url);
      if (url.searchParams.get('offset') !== '5') return response;
      const items = ((await response.json()) as unknown[]).slice(0, 3);
      const total = response.headers.get('content-range')!.split('/')[1];
      const headers = new Headers(response.headers);
      headers.set('content-range', `items 5-7/${total}`);
      headers.delete('content-length');
      return new Response(JSON.stringify(items), { status: 200, headers });
    };
    requests.length = 0;
    const ids: string[] = [];
    for await (const token of t.clientWith({ fetch: capping }).tokens.list({ limit: 5 }, { prefetch: true }))
      ids.push(token.id);
    expect(ids).toEqual(expected);
    // Paging went on from offset 8, where the short page ended, and nothing more was asked at the old offsets.
    const offsets = requests.map((u) => u.searchParams.get('offset'));
    expect(offsets.slice(offsets.indexOf('8'))).toEqual(['8', '13', '18', '23', '28']);
  });

  it('prefetch without a Content-Range total asks for one page ahead only and ends on the short page', async () => {
    await seedTokens(11);
    const expected = (await t.client.tokens.list({ limit: 100 }).toArray()).map((x) => x.id);
    const stripping = async (request: Request): Promise<Response> => {
      const response = await fetch(request);
      const headers = new Headers(response.headers);
      headers.delete('content-range');
      return new Response(response.body, { status: response.status, headers });
    };
    const pages = t.clientWith({ fetch: stripping }).tokens.list({ limit: 5 }, { prefetch: true }).pages();
    requests.length = 0;
    await pages.next();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(requests.map((u) => u.searchParams.get('offset'))).toEqual(['0', '5']);
    const ids = [...((await pages.next()).value?.items ?? []), ...((await pages.next()).value?.items ?? [])].map(
      (x) => x.id,
    );
    expect(await pages.next()).toMatchObject({ done: true });
    expect(ids).toEqual(expected.slice(5));
  });

  it('an error on a prefetched page surfaces after the items before it, and cancels the pages after it', async () => {
    await seedTokens(19);
    const failing = async (request: Request): Promise<Response> => {
      if (new URL(request.url).searchParams.get('offset') === '10') {
        return new Response('{"error_code":"GEN_500","errors":["boom"]}', {
          status: 500,
          headers: { 'content-type': 'application/json' },
        });
      }
      return fetch(request);
    };
    const seen: string[] = [];
    const iterate = async () => {
      for await (const token of t
        .clientWith({ fetch: failing, maxRetries: 0 })
        .tokens.list({ limit: 5 }, { prefetch: true }))
        seen.push(token.id);
    };
    await expect(iterate()).rejects.toMatchObject({ status: 500 });
    expect(seen).toHaveLength(10);
  });

  it('prefetch under injected 500s and dropped connections: retried pages, every item exactly once, in order', async () => {
    await seedTokens(59);
    const expected = (await t.client.tokens.list({ limit: 100 }).toArray()).map((x) => x.id);
    t.setFaults({ routes: { 'GET /auth/tokens': { rate500: 0.2, rateReset: 0.1 } } });
    const ids: string[] = [];
    const client = t.clientWith({ maxRetries: 10 });
    for await (const token of client.tokens.list({ limit: 7 }, { prefetch: true })) ids.push(token.id);
    expect(ids).toEqual(expected);
  });

  it('RQL text is sent as written, with its limit/offset taken over by the paginator', async () => {
    await seedTokens(3);
    const items = await t.client.tokens.list('ilike(name,token*)&ordering(-name)&limit=2&offset=1').toArray();
    expect(items.map((x) => x.name)).toEqual(['token 001', 'token 000']);
    expect(requests.map((u) => u.search)).toEqual(['?ilike(name,token*)&ordering(-name)&limit=2&offset=1']);
  });

  it('writes values as lib-rql reads them (verbatim quotes, the other quote for text holding ") and the emulator finds them', async () => {
    for (const name of ['say "hi"', "it's", 'a~b', 'plain']) await t.platform.issueToken({ name });
    requests.length = 0;
    const found = await t.client.tokens.list(rql.in('name', ['say "hi"', "it's", 'a~b'])).toArray();
    expect(found.map((x) => x.name).sort()).toEqual(['a~b', "it's", 'say "hi"']);
    expect(requests[0]!.search).toBe('?in(name,(%27say%20%22hi%22%27,%22it%27s%22,%22a~b%22))&limit=100&offset=0');
  });

  it("RQL text in the spellings of CloudBlue's JavaScript SDK is sent as written and filtered", async () => {
    await seedTokens(3);
    const items = await t.client.tokens
      .list('((name=%22token 000%22)|(name=%22token 002%22))&ordering(name),limit=1')
      .toArray();
    expect(items.map((x) => x.name)).toEqual(['token 000', 'token 002']);
    expect(requests.map((u) => u.search)).toEqual([
      '?((name=%22token%20000%22)|(name=%22token%20002%22))&ordering(name)&limit=1&offset=0',
      '?((name=%22token%20000%22)|(name=%22token%20002%22))&ordering(name)&limit=1&offset=1',
    ]);
  });

  it('bad RQL text is a BadRequestError RQL_001 from the server', async () => {
    await expect(t.client.tokens.list('eq(name,').toArray()).rejects.toMatchObject({
      status: 400,
      errorCode: 'RQL_001',
    });
  });

  it('a page size out of range fails before any request', () => {
    expect(() => t.client.tokens.list({ limit: 1001 })).toThrow(RangeError);
    expect(() => t.client.tokens.list('limit=0')).toThrow(/count\(\)/);
  });

  it('the server ignores a filter on an undeclared field, as Connect (django-rql) does', async () => {
    await seedTokens(2);
    const all = await t.client.tokens.list().toArray();
    expect(await t.client.tokens.list('eq(secret,x)').toArray()).toHaveLength(all.length);
  });
});

describe('memory while iterating items', () => {
  const KEY = `ApiKey SU-000-000-000:${'ab12'.repeat(10)}`;

  it('lets go of a used-up page before the next one is fetched, so two pages are never held at once', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const page = (offset: number): Response =>
      Response.json(
        Array.from({ length: 3 }, (_, i) => ({ id: `SU-000-000-${String(offset + i).padStart(3, '0')}` })),
        { headers: { 'content-range': 'items 0-2/6' } },
      );
    let firstOfPage1: WeakRef<object> | undefined;
    const heldWhenPage2Asked: boolean[] = [];
    const fetch = async (request: Request): Promise<Response> => {
      const offset = Number(new URL(request.url).searchParams.get('offset'));
      if (offset === 3) {
        // A WeakRef keeps its target until the running job ends: let it end before collecting.
        await new Promise((resolve) => setImmediate(resolve));
        gc();
        heldWhenPage2Asked.push(firstOfPage1?.deref() !== undefined);
      }
      return page(offset);
    };
    const client = createClient({ endpoint: 'http://127.0.0.1:4010/public/v1', apiKey: KEY, fetch, logLevel: 'off' });
    const ids: string[] = [];
    for await (const token of client.tokens.list({ limit: 3 })) {
      if (ids.length === 0) firstOfPage1 = new WeakRef(token);
      ids.push(token.id);
    }
    expect(ids).toHaveLength(6);
    expect(heldWhenPage2Asked).toEqual([false]);
  });
});
