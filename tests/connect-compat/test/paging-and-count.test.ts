/**
 * Paging and counting as a user of CloudBlue's JavaScript SDK does them. The SDK has no pager of its own: `search`
 * sends `limit`/`offset` as plain query terms, and the total is read from the `Content-Range` header of the
 * `Response` that `GenericResource.fetch` returns (`items <first>-<last>/<total>`); `limit=0` asks for the count only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUrl, filterToQuery } from './support/connect-sdk';
import { useEmulatorOverHttp } from './support/emulator';

const env = useEmulatorOverHttp(213);
const CREATED = 7;

beforeAll(async () => {
  for (let i = 0; i < CREATED; i++) {
    await env.tokens.create({ name: `Paged ${i}`, extension: { id: i % 2 === 0 ? 'EXT-000' : 'EXT-001' } });
  }
});

/** One page through the SDK: its items and the parsed `Content-Range`. */
async function page(query: object): Promise<{ items: { id: string }[]; first: number; last: number; total: number }> {
  const response = await env.tokens.fetch(buildUrl(env.tokens.baseUri, query));
  const range = /^items (\d+)-(\d+)\/(\d+)$/.exec(response.headers.get('content-range') ?? '');
  expect(range, `Content-Range of ${filterToQuery(query)}`).not.toBeNull();
  const [, first, last, total] = range!.map(Number) as [number, number, number, number];
  return { items: await response.json(), first, last, total };
}

describe('paging via Content-Range', () => {
  it('walks every token in pages of 3, each page’s range matching its items, with no repeats or gaps', async () => {
    const everything = ((await env.tokens.search({ limit: 100 })) as { id: string }[]).map((t) => t.id);
    expect(everything.length).toBe(CREATED + 1); // and the bootstrap token
    const seen: string[] = [];
    let offset = 0;
    for (let pages = 0; pages < 10; pages++) {
      const { items, first, last, total } = await page({ limit: 3, offset });
      expect(total).toBe(everything.length);
      expect(first).toBe(offset);
      expect(last).toBe(offset + items.length - 1);
      seen.push(...items.map((t) => t.id));
      if (last + 1 >= total) break;
      offset = last + 1;
    }
    expect(seen).toEqual(everything);
  });

  it('pages a filtered list: the total is the filter’s count', async () => {
    const reports = ((await env.tokens.search({ 'extension.id': 'EXT-001', limit: 100 })) as { id: string }[]).map(
      (t) => t.id,
    );
    expect(reports.length).toBe(3);
    const first = await page({ 'extension.id': 'EXT-001', limit: 2, offset: 0 });
    const second = await page({ 'extension.id': 'EXT-001', limit: 2, offset: 2 });
    expect([first.total, second.total]).toEqual([3, 3]);
    expect([...first.items, ...second.items].map((t) => t.id)).toEqual(reports);
  });
});

describe('count', () => {
  it('limit=0 answers an empty list and the total in Content-Range', async () => {
    const all = await page({ limit: 0 });
    expect(all.items).toEqual([]);
    expect(all.total).toBe(CREATED + 1);
    const custom = await page({ 'extension.id': 'EXT-000', limit: 0 });
    expect(custom.items).toEqual([]);
    expect(custom.total).toBe(5); // four created here and the bootstrap token
  });
});
