/**
 * Every operator of CloudBlue's query builder (`lib/connect/rql.js`) through `GenericResource.search`, over HTTP.
 * Each case checks the exact query the builder produced (so a change in the SDK shows up here first) and compares the
 * ids the emulator returned with the ids an independent predicate picks from the full list, on a fixture where each
 * filter selects some tokens but not all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { APIError, filterToQuery } from './support/connect-sdk';
import { useEmulatorOverHttp } from './support/emulator';

const env = useEmulatorOverHttp(212);

interface WireToken {
  id: string;
  name: string;
  status: string;
  extension: { id: string };
  expiration_date: string | null;
}

let all: WireToken[] = [];
const MAY_FIRST = '2026-05-01T00:00:00Z';

beforeAll(async () => {
  const create = (body: object) => env.tokens.create(body) as Promise<WireToken>;
  const deactivate = (id: string) => env.tokens.fetch(`/auth/tokens/${id}/deactivate`, { method: 'POST' });
  // The platform's clock stands at 2026-03-01: a token expiring within 14 days is `expiring`.
  await create({
    name: 'Billing sync',
    extension: { id: 'EXT-000' },
    expiration_date: '2026-09-01T00:00:00Z',
    permissions: [{ object: { id: 'MD-0007' } }],
  });
  const exported = await create({
    name: 'Billing export',
    extension: { name: 'zapier' },
    expiration_date: '2026-04-01T00:00:00Z',
  });
  await deactivate(exported.id);
  await create({ name: 'Reports nightly', extension: { name: 'reports' } });
  await create({ name: 'Zap onboarding', extension: { id: 'EXT-002' }, expiration_date: '2026-03-10T00:00:00Z' });
  const archive = await create({ name: 'billing archive', extension: { id: 'EXT-000' } });
  await deactivate(archive.id);
  all = (await env.tokens.search({ limit: 100 })) as WireToken[];
});

/** Ids the emulator returns for `filters`, sorted. */
async function idsFor(filters: object): Promise<string[]> {
  const found = (await env.tokens.search({ ...filters, limit: 100 })) as WireToken[];
  return found.map((t) => t.id).sort();
}

/** Ids `predicate` picks from the full list, sorted; the fixture must make the filter discriminate. */
function expectedIds(predicate: (token: WireToken) => boolean): string[] {
  const ids = all
    .filter(predicate)
    .map((t) => t.id)
    .sort();
  expect(ids.length, 'the filter selects something').toBeGreaterThan(0);
  expect(ids.length, 'the filter leaves something out').toBeLessThan(all.length);
  return ids;
}

const expiresBefore = (t: WireToken, iso: string) =>
  t.expiration_date !== null && Date.parse(t.expiration_date) < Date.parse(iso);
const expiresAfter = (t: WireToken, iso: string) =>
  t.expiration_date !== null && Date.parse(t.expiration_date) > Date.parse(iso);

/** Runs `search` and returns the APIError it throws. */
async function searchRefusal(filters: object): Promise<APIError> {
  try {
    await env.tokens.search(filters);
  } catch (error) {
    expect(error).toBeInstanceOf(APIError);
    return error as APIError;
  }
  throw new Error(`expected ${filterToQuery(filters)} to be refused`);
}

describe('the fixture', () => {
  it('holds the statuses the cases rely on', () => {
    const statuses = new Set(all.map((t) => t.status));
    expect([...statuses].sort()).toEqual(['active', 'expiring', 'inactive']);
    expect(all.length).toBeGreaterThanOrEqual(6); // five tokens and the bootstrap token
  });
});

describe('comparison operators', () => {
  it('a plain field: field=value', async () => {
    const filters = { status: 'inactive' };
    expect(filterToQuery(filters)).toBe('status=inactive');
    expect(await idsFor(filters)).toEqual(expectedIds((t) => t.status === 'inactive'));
  });

  it('a value with a space is double-quoted: name="Billing sync"', async () => {
    const filters = { name: 'Billing sync' };
    expect(filterToQuery(filters)).toBe('name="Billing sync"');
    expect(await idsFor(filters)).toEqual(expectedIds((t) => t.name === 'Billing sync'));
  });

  it('$eq: eq(field,value)', async () => {
    const filters = { 'extension.id': { $eq: 'EXT-002' } };
    expect(filterToQuery(filters)).toBe('eq(extension.id,EXT-002)');
    expect(await idsFor(filters)).toEqual(expectedIds((t) => t.extension.id === 'EXT-002'));
  });

  it('$ne: ne(field,value)', async () => {
    const filters = { status: { $ne: 'active' } };
    expect(filterToQuery(filters)).toBe('ne(status,active)');
    expect(await idsFor(filters)).toEqual(expectedIds((t) => t.status !== 'active'));
  });

  it('$gt: gt(field,value) on a date', async () => {
    const filters = { expiration_date: { $gt: MAY_FIRST } };
    expect(filterToQuery(filters)).toBe(`gt(expiration_date,${MAY_FIRST})`);
    expect(await idsFor(filters)).toEqual(expectedIds((t) => expiresAfter(t, MAY_FIRST)));
  });

  it('$lt: lt(field,value) on a date', async () => {
    const filters = { expiration_date: { $lt: MAY_FIRST } };
    expect(filterToQuery(filters)).toBe(`lt(expiration_date,${MAY_FIRST})`);
    expect(await idsFor(filters)).toEqual(expectedIds((t) => expiresBefore(t, MAY_FIRST)));
  });

  it('two operators on one field are joined with &: gt(…)&lt(…)', async () => {
    const filters = { expiration_date: { $gt: '2026-03-20T00:00:00Z', $lt: '2026-12-31T00:00:00Z' } };
    expect(filterToQuery(filters)).toBe(
      'gt(expiration_date,2026-03-20T00:00:00Z)&lt(expiration_date,2026-12-31T00:00:00Z)',
    );
    expect(await idsFor(filters)).toEqual(
      expectedIds((t) => expiresAfter(t, '2026-03-20T00:00:00Z') && expiresBefore(t, '2026-12-31T00:00:00Z')),
    );
  });

  // lib-rql's grammar (and so Connect) knows ge/le only; the builder's gte(…)/lte(…) is a syntax error there too.
  it('$gte and $lte: gte(…)/lte(…) are refused with 400 RQL_001 naming the operator, as Connect’s grammar refuses them', async () => {
    for (const [operator, word] of [
      ['$gte', 'gte'],
      ['$lte', 'lte'],
    ] as const) {
      const filters = { expiration_date: { [operator]: MAY_FIRST } };
      expect(filterToQuery(filters)).toBe(`${word}(expiration_date,${MAY_FIRST})`);
      const error = await searchRefusal(filters);
      expect(error.status).toBe(400);
      expect(error.errorCode).toBe('RQL_001');
      expect(error.errors.join(' ')).toContain(word);
    }
  });
});

describe('search operators', () => {
  it('$like: like(field,*value*), case-sensitive', async () => {
    const filters = { name: { $like: 'Billing' } };
    expect(filterToQuery(filters)).toBe('like(name,*Billing*)');
    expect(await idsFor(filters)).toEqual(expectedIds((t) => t.name.includes('Billing')));
  });

  it('$ilike: ilike(field,*value*), case-insensitive', async () => {
    const filters = { name: { $ilike: 'billing' } };
    expect(filterToQuery(filters)).toBe('ilike(name,*billing*)');
    expect(await idsFor(filters)).toEqual(expectedIds((t) => t.name.toLowerCase().includes('billing')));
  });
});

describe('list operators', () => {
  it('$in: in(field,(a,b))', async () => {
    const filters = { status: { $in: ['inactive', 'expiring'] } };
    expect(filterToQuery(filters)).toBe('in(status,(inactive,expiring))');
    expect(await idsFor(filters)).toEqual(expectedIds((t) => t.status === 'inactive' || t.status === 'expiring'));
  });

  it('$out: out(field,(a,b))', async () => {
    const filters = { 'extension.id': { $out: ['EXT-000', 'EXT-002'] } };
    expect(filterToQuery(filters)).toBe('out(extension.id,(EXT-000,EXT-002))');
    expect(await idsFor(filters)).toEqual(
      expectedIds((t) => t.extension.id !== 'EXT-000' && t.extension.id !== 'EXT-002'),
    );
  });

  // Neither lib-rql nor the emulator has range(); it must be a clear 400, never a silent wrong answer.
  it('$range: range(field,min,max) is refused with 400 RQL_001 naming range', async () => {
    const filters = { expiration_date: { $range: { min: '2026-03-01T00:00:00Z', max: MAY_FIRST } } };
    expect(filterToQuery(filters)).toBe(`range(expiration_date,2026-03-01T00:00:00Z,${MAY_FIRST})`);
    const error = await searchRefusal(filters);
    expect(error.status).toBe(400);
    expect(error.errorCode).toBe('RQL_001');
    expect(error.errors.join(' ')).toContain('range');
  });
});

describe('logical operators', () => {
  it('$not: not(eq(field,value))', async () => {
    const filters = { status: { $not: { $eq: 'active' } } };
    expect(filterToQuery(filters)).toBe('not(eq(status,active))');
    expect(await idsFor(filters)).toEqual(expectedIds((t) => t.status !== 'active'));
  });

  it('several fields in one object are joined with &: a=1&b=2', async () => {
    const filters = { status: 'active', 'extension.id': 'EXT-000' };
    expect(filterToQuery(filters)).toBe('status=active&extension.id=EXT-000');
    expect(await idsFor(filters)).toEqual(expectedIds((t) => t.status === 'active' && t.extension.id === 'EXT-000'));
  });

  it('$or on a field: ((eq(f,a))|(eq(f,b)))', async () => {
    const filters = { status: { $or: [{ $eq: 'inactive' }, { $eq: 'expiring' }] } };
    expect(filterToQuery(filters)).toBe('((eq(status,inactive))|(eq(status,expiring)))');
    expect(await idsFor(filters)).toEqual(expectedIds((t) => t.status === 'inactive' || t.status === 'expiring'));
  });

  it('$or across fields: ((a=1)|(b=2))', async () => {
    const filters = { $or: [{ status: 'inactive' }, { 'extension.id': 'EXT-001' }] };
    expect(filterToQuery(filters)).toBe('((status=inactive)|(extension.id=EXT-001))');
    expect(await idsFor(filters)).toEqual(expectedIds((t) => t.status === 'inactive' || t.extension.id === 'EXT-001'));
  });

  it('$and: (a=1)&(b=2)', async () => {
    const filters = { $and: [{ status: 'active' }, { 'extension.id': 'EXT-000' }] };
    expect(filterToQuery(filters)).toBe('(status=active)&(extension.id=EXT-000)');
    expect(await idsFor(filters)).toEqual(expectedIds((t) => t.status === 'active' && t.extension.id === 'EXT-000'));
  });
});

describe('control operators', () => {
  it('$ordering: ordering(-name) sorts descending', async () => {
    const filters = { 'extension.id': 'EXT-002', $ordering: ['-name'] };
    expect(filterToQuery(filters)).toBe('extension.id=EXT-002&ordering(-name)');
    const found = (await env.tokens.search(filters)) as WireToken[];
    const expected = all.filter((t) => t.extension.id === 'EXT-002').sort((a, b) => (a.name < b.name ? 1 : -1));
    expect(found.map((t) => t.name)).toEqual(expected.map((t) => t.name));
    expect(found.length).toBeGreaterThan(1);
  });

  // The emulator never drops a field the item schema requires (permissions, token, …), so the case uses optional ones.
  it('$select: select(-a,-b) leaves those fields out of every item', async () => {
    const filters = { name: { $ilike: 'billing' }, $select: ['-access_rules', '-rate_limit'] };
    expect(filterToQuery(filters)).toBe('ilike(name,*billing*)&select(-access_rules,-rate_limit)');
    const found = (await env.tokens.search(filters)) as Record<string, unknown>[];
    expect(found.map((t) => t.id).sort()).toEqual(expectedIds((t) => t.name.toLowerCase().includes('billing')));
    for (const item of found) {
      expect(item).not.toHaveProperty('access_rules');
      expect(item).not.toHaveProperty('rate_limit');
      expect(item).toHaveProperty('permissions');
    }
    expect(all.every((t) => 'access_rules' in t && 'rate_limit' in t)).toBe(true);
  });
});
