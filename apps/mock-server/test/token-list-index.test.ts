/**
 * One behaviour suite for the token list index (`store/indexes`), run against the plain reference and the indexed
 * implementation: lists through the public handlers (MSW) must answer exactly what evaluating the query over freshly
 * serialized tokens answers, whatever happened between two pages — the clock crossing a status instant (forwards or
 * backwards), a rename, a create or delete, or many interleaved requests.
 */
import { parseQuery } from '@connect-tokens/protocol';
import { describe, expect, it } from 'vitest';
import { serializeTokenAt, tokenRows } from '../src/handlers/serializers';
import type { MockPlatform } from '../src/index';
import { compileFilter, compileSort, firstValue, isoTime, resolvePath } from '../src/rql';
import { createIndexedTokenIndex } from '../src/store/indexes/indexed-token-index';
import { createPlainTokenIndex } from '../src/store/indexes/plain-token-index';
import type { TokenIndexFactory } from '../src/store/indexes/token-index';
import { type client, createToken, T0, usePlatform } from './harness';
import { listRules, referenceTokenList } from './token-list-reference';

const DAY = 86_400_000;
const start = usePlatform();
type Api = ReturnType<typeof client>;
type WireToken = { id: string; name: string; status: string; last_access: unknown };

/** What `GET /auth/tokens?<query>` must answer now: the query evaluated over every token serialized afresh. */
function reference(platform: MockPlatform, query: string): { page: WireToken[]; total: number } {
  const url = new URL(`http://x/?${query}`);
  const wire = referenceTokenList(platform, url.search);
  const offset = Number(url.searchParams.get('offset') ?? 0);
  const limit = Number(url.searchParams.get('limit') ?? 100);
  return { page: wire.slice(offset, offset + limit) as WireToken[], total: wire.length };
}

/** The calling token's `last_access` moves with every request, so pages are compared without it. */
const comparable = (t: WireToken) => ({ ...t, last_access: null });

/** Lists `query` and expects exactly the reference page and total; returns the page. */
async function expectList(platform: MockPlatform, api: Api, query: string): Promise<WireToken[]> {
  const expected = reference(platform, query);
  let body: WireToken[] = [];
  // Twice: an index may keep an answer only from the second time it is asked for.
  for (let ask = 0; ask < 2; ask++) {
    const response = await api.get<WireToken[]>(`/auth/tokens?${query}`);
    expect(response.status, query).toBe(200);
    expect(response.body.map(comparable), query).toEqual(expected.page.map(comparable));
    expect(response.headers.get('content-range'), query).toMatch(new RegExp(`/${expected.total}$`));
    body = response.body;
  }
  return body;
}

const QUERIES = [
  'limit=7',
  'limit=7&offset=30',
  'ordering(name)&limit=9&offset=3',
  'ordering(-events.created.at)&limit=8',
  'ordering(status,-name)&limit=10&offset=5',
  'ordering(expiration_date)&limit=6&offset=40',
  'and(ilike(name,*prod*),eq(status,active))&ordering(-events.created.at)&limit=5',
  'in(status,(expiring,expired))&ordering(id)&limit=50',
  'eq(status,active)&limit=10&offset=10',
  'search=PROD&ordering(-name)&limit=6',
  'ge(events.created.at,2026-01-01)&ordering(events.created.at)&limit=5',
];

const INDEXES: [string, TokenIndexFactory][] = [
  ['plain', createPlainTokenIndex],
  ['indexed', createIndexedTokenIndex],
];

describe.each(INDEXES)('token lists over the %s index', (_name, index) => {
  async function world(seedTokens = 80) {
    const { platform, api } = await start({ seedTokens });
    platform.store.tokens.useIndex(index);
    return { platform, api };
  }

  it('read every x-rql field of a row exactly as it appears in the serialized token', async () => {
    const { platform } = await world(40);
    const rules = listRules(platform);
    const now = platform.clock.now();
    const view = platform.store.tokens.listView(now, () => {});
    const { fields } = tokenRows(platform.store, view, now);
    for (const field of new Set([...Object.keys(rules.filters), ...rules.ordering, ...rules.search])) {
      const reader = fields?.[field];
      expect(reader, `no reader for ${field}`).toBeDefined();
      for (const row of view.rows) {
        const wire = resolvePath(serializeTokenAt(view.tokens[row]!, now), field.split('.'));
        expect(reader!.fansOut ? [...reader!.read(row)] : [reader!.read(row)], `${field} of row ${row}`).toEqual(wire);
        expect(firstValue(reader!, row)).toEqual(wire[0]);
        if (!reader!.fansOut && reader!.time)
          expect(reader!.time(row)).toBe(typeof wire[0] === 'string' ? isoTime(wire[0]) : undefined);
        if (!reader!.fansOut && reader!.folded)
          expect(reader!.folded(row)).toBe(typeof wire[0] === 'string' ? wire[0].toLowerCase() : undefined);
      }
    }
  });

  it('pages see a status instant crossed between page 1 and page 2, once per token, in either direction', async () => {
    const { platform, api } = await world(30);
    const soon = await createToken(api, {
      name: 'Soon expiring',
      expiration_date: new Date(Date.parse(T0) + 20 * DAY).toISOString(),
    });
    const query = (offset: number) => `ordering(status,name)&limit=12&offset=${offset}`;
    const before = await expectList(platform, api, query(0));
    expect((await api.get(`/auth/tokens?eq(id,${soon.id})`)).body[0].status).toBe('active');
    // Into the 14-day window: `active` → `expiring` between two pages of one ordering by status.
    platform.clock.advance(7 * DAY);
    const after = await expectList(platform, api, query(12));
    expect(before.length).toBe(12);
    expect(after.length).toBeGreaterThan(0);
    expect((await expectList(platform, api, `eq(status,expiring)&eq(id,${soon.id})`)).map((t) => t.id)).toEqual([
      soon.id,
    ]);
    // Past its expiry: `expired`, and `token.expired` recorded once however often it is listed.
    platform.clock.advance(14 * DAY);
    for (const q of QUERIES) await expectList(platform, api, q);
    expect((await expectList(platform, api, `eq(status,expired)&eq(id,${soon.id})`)).length).toBe(1);
    const expiredEvents = () => platform.store.audit.forToken(soon.id).filter((e) => e.type === 'token.expired').length;
    expect(expiredEvents()).toBe(1);
    // Backwards across both instants: active again.
    platform.clock.advance(-30 * DAY);
    expect((await expectList(platform, api, `eq(status,active)&eq(id,${soon.id})`)).length).toBe(1);
    for (const q of QUERIES) await expectList(platform, api, q);
    expect(expiredEvents()).toBe(1);
  });

  it('pages see a token renamed between two pages of an ordering by name', async () => {
    const { platform, api } = await world(40);
    const first = await expectList(platform, api, 'ordering(name)&limit=10');
    const last = (await expectList(platform, api, 'ordering(name)&limit=10&offset=30')).at(-1)!;
    expect((await api.put(`/auth/tokens/${last.id}`, { name: '!!! first now' })).status).toBe(200);
    const page2 = await expectList(platform, api, 'ordering(name)&limit=10&offset=10');
    expect(page2.map((t) => t.id)).not.toContain(last.id);
    expect((await expectList(platform, api, 'ordering(name)&limit=10'))[0]!.id).toBe(last.id);
    expect((await expectList(platform, api, 'ilike(name,*first now*)')).map((t) => t.id)).toEqual([last.id]);
    // A filtered page of the same ordering, worked out from the mended whole order.
    await expectList(platform, api, 'ilike(name,*e*)&ordering(name)&limit=10&offset=2');
    expect((await api.put(`/auth/tokens/${first[0]!.id}`, { name: 'zzz last now' })).status).toBe(200);
    await expectList(platform, api, 'ordering(name)&limit=10&offset=31');
    await expectList(platform, api, 'ilike(name,*e*)&ordering(-name)&limit=10');
    expect(first[0]!.id).not.toBe(last.id);
  });

  it('pages see tokens created and deleted between pages', async () => {
    const { platform, api } = await world(40);
    await expectList(platform, api, 'ordering(-events.created.at)&limit=10');
    for (const q of QUERIES) await expectList(platform, api, q);
    const made = await createToken(api, { name: 'Made between pages prod' });
    for (const q of QUERIES) await expectList(platform, api, q);
    const victims = (await expectList(platform, api, 'ordering(name)&limit=3&offset=5')).map((t) => t.id);
    for (const id of victims) expect((await api.del(`/auth/tokens/${id}`)).status).toBe(204);
    // The same queries again: nothing kept from before the deletes may answer.
    for (const q of QUERIES) await expectList(platform, api, q);
    const all = await expectList(platform, api, 'limit=1000');
    expect(all[0]!.id).toBe(made.id);
    for (const id of victims) expect(all.map((t) => t.id)).not.toContain(id);
  });

  it('answers like the reference after clock moves backwards and forwards', async () => {
    const { platform, api } = await world(60);
    // Deterministic moves across the seeded expiries (1-13 days ahead, 1-60 days ago, 30-365 days ahead).
    const moves = [3, 5, -2, 20, -40, 100, -1, 400, -450, 13, 1, -14, 0.5, 60];
    for (const days of moves) {
      platform.clock.advance(days * DAY);
      for (const q of QUERIES) await expectList(platform, api, q);
    }
  });

  it('stays consistent under many interleaved requests and clock moves', async () => {
    const { platform, api } = await world(60);
    const rules = listRules(platform);
    const ids = platform.store.tokens
      .list()
      .slice(1)
      .map((t) => t.id);
    const lists: Promise<void>[] = [];
    const changes: Promise<unknown>[] = [];
    const checkSelfConsistent = async (query: string) => {
      const response = await api.get<WireToken[]>(`/auth/tokens?${query}`);
      expect(response.status, query).toBe(200);
      // Each answer is a snapshot of one instant: every item passes the filter and the page is in order.
      const parsed = parseQuery(new URL(`http://x/?${query}`).search);
      if (parsed.filter)
        expect(response.body.every(compileFilter(parsed.filter, { fields: rules.filters })), query).toBe(true);
      if (parsed.ordering.length > 0)
        expect(
          compileSort(parsed.ordering, rules.ordering)(response.body).map((t) => t.id),
          query,
        ).toEqual(response.body.map((t) => t.id));
    };
    for (let i = 0; i < 120; i++) {
      const id = ids[(i * 7) % ids.length]!;
      switch (i % 6) {
        case 0:
          changes.push(api.put(`/auth/tokens/${id}`, { name: `Renamed ${i} prod` }));
          break;
        case 1:
          changes.push(
            createToken(api, {
              name: `Concurrent ${i}`,
              expiration_date: new Date(platform.clock.now() + (i % 30) * DAY + 1000).toISOString(),
            }),
          );
          break;
        case 2:
          changes.push(api.del(`/auth/tokens/${ids[(i * 13) % ids.length]!}`, { unchecked: true }));
          break;
        case 3:
          changes.push(api.post(`/auth/tokens/${id}/deactivate`, undefined, { unchecked: true }));
          break;
        case 4:
          platform.clock.advance((i % 12 === 4 ? -3 : 2) * DAY);
          break;
        default:
          break;
      }
      lists.push(checkSelfConsistent(QUERIES[i % QUERIES.length]!));
    }
    const answers = await Promise.all(changes);
    await Promise.all(lists);
    // Deletes of a token another delete already removed answer 404; nothing else may fail.
    for (const answer of answers)
      expect([200, 201, 204, 400, 404]).toContain((answer as { status?: number }).status ?? 201);
    for (const q of QUERIES) await expectList(platform, api, q);
    await expectList(platform, api, 'limit=1000');
  });
});
