/**
 * The emulator reads every spelling of RQL that Connect (lib-rql) accepts, and filters each exactly as its function
 * form: the forms CloudBlue's JavaScript SDK sends for `$and` / `$or` / `$ne`, the `prop=op=value` form, and, as a
 * property over random filters, every spelling the protocol's writer produces.
 */
import fc from 'fast-check';
import { toRql, type RqlNode } from '@connect-tokens/protocol';
import { describe, expect, it } from 'vitest';
import { chooser, writeFilter } from '../../../packages/protocol/test/rql-surface-forms';
import { createToken, usePlatform } from './harness';

const start = usePlatform();

/**
 * Four tokens beside the bootstrap admin (`Bootstrap admin`, active, EXT-000): alpha (active, EXT-000), beta
 * (inactive, EXT-000), gamma (active, EXT-002), delta (expiring, EXT-003).
 */
async function seeded() {
  const { platform, api } = await start();
  await createToken(api, { name: 'alpha', extension: { id: 'EXT-000' } });
  const beta = await createToken(api, { name: 'beta', extension: { id: 'EXT-000' } });
  expect((await api.post(`/auth/tokens/${beta.id}/deactivate`)).status).toBe(200);
  await createToken(api, { name: 'gamma', extension: { id: 'EXT-002' } });
  await createToken(api, { name: 'delta', extension: { id: 'EXT-003' }, expiration_date: '2026-03-05T00:00:00Z' });
  /** Names of the tokens the query lists, sorted; fails unless the answer is 200. */
  const names = async (query: string): Promise<string[]> => {
    const response = await api.get(`/auth/tokens?${query}&limit=1000`);
    expect(response.status, `${query}: ${response.text}`).toBe(200);
    return response.body.map((t: { name: string }) => t.name).sort();
  };
  return { platform, api, names };
}

describe('RQL spellings over HTTP (in-process MSW)', () => {
  it('status=ne=active filters out active tokens instead of answering an empty list', async () => {
    const { names } = await seeded();
    expect(await names('status=ne=active')).toEqual(['beta', 'delta']);
    expect(await names('status=ne=active')).toEqual(await names('ne(status,active)'));
    expect(await names('status=eq=active')).toEqual(['Bootstrap admin', 'alpha', 'gamma']);
  });

  it('((status=active)|(status=inactive)), the JS SDK $or, lists active and inactive tokens', async () => {
    const { names } = await seeded();
    expect(await names('((status=active)|(status=inactive))')).toEqual(['Bootstrap admin', 'alpha', 'beta', 'gamma']);
    expect(await names('(status=active;status=inactive)')).toEqual(['Bootstrap admin', 'alpha', 'beta', 'gamma']);
    expect(await names('or(eq(status,active),eq(status,inactive))')).toEqual([
      'Bootstrap admin',
      'alpha',
      'beta',
      'gamma',
    ]);
  });

  it('(status=active)&(extension.id=EXT-000), the JS SDK $and, lists the active tokens of that extension', async () => {
    const { names } = await seeded();
    expect(await names('(status=active)&(extension.id=EXT-000)')).toEqual(['Bootstrap admin', 'alpha']);
    expect(await names('status=active,extension.id=EXT-000')).toEqual(['Bootstrap admin', 'alpha']);
    expect(await names('(status=active,extension.id=EXT-000)')).toEqual(['Bootstrap admin', 'alpha']);
    expect(await names('(status=active)&(extension.id=EXT-002)')).toEqual(['gamma']);
  });

  it('and(name=…,status=active) reads comparison shorthand inside and()', async () => {
    const { names } = await seeded();
    expect(await names('and(name=alpha,status=active)')).toEqual(['alpha']);
    expect(await names('and(name=beta,status=active)')).toEqual([]);
    expect(await names('and(name=beta,status=ne=active)')).toEqual(['beta']);
  });

  it('not(status=active) reads comparison shorthand inside not()', async () => {
    const { names } = await seeded();
    expect(await names('not(status=active)')).toEqual(['beta', 'delta']);
    expect(await names('not((status=active|status=inactive))')).toEqual(['delta']);
  });

  it('a t() tuple filters inside the property it is compared with, as django-rql namespaces it', async () => {
    const { names } = await seeded();
    expect(await names('extension=t(id=EXT-002)')).toEqual(['gamma']);
    expect(await names('and(status=active,ne(extension,t(id=EXT-000)))')).toEqual(['gamma']);
    expect(await names('t(status=inactive,like(name,b*))')).toEqual(['beta']);
  });

  it('search= is read in any top-level spelling and refused inside a logical operator, as django-rql does', async () => {
    const { api, names } = await seeded();
    expect(await names('search=TA')).toEqual(['beta', 'delta']);
    expect(await names('search="ta"')).toEqual(['beta', 'delta']);
    expect(await names('status=active,(search=TA)')).toEqual([]);
    expect(await names('status=ne=active&eq(search,elt)')).toEqual(['delta']);
    const nested = await api.get('/auth/tokens?or(search=beta,status=active)');
    expect(nested.status).toBe(400);
    expect(nested.body.error_code).toBe('RQL_001');
    expect(nested.body.errors[0]).toContain("'search' is only allowed as a top-level query term");
  });

  it('answers 400 RQL_001 naming the position for what the grammar rejects', async () => {
    const { api } = await seeded();
    // Positions count from the `?` of the query string.
    const cases: Array<[query: string, message: string]> = [
      ['status=active|status=inactive', "RQL syntax error at 14: unexpected '|'"],
      ['(status=active|status=inactive;name=x)', "RQL syntax error at 31: ';' after '|' in one group"],
      ['eq(status, active)', "RQL syntax error at 11: expected a value but found ' '"],
      ['status=ne=', 'RQL syntax error at 11: expected a value'],
    ];
    for (const [query, message] of cases) {
      const response = await api.get(`/auth/tokens?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error_code, query).toBe('RQL_001');
      expect(response.body.errors[0], query).toContain(message);
    }
  });
});

describe('RQL spellings filter alike (property, in-process MSW)', () => {
  const statuses = ['active', 'inactive', 'expiring', 'expired'];
  const tokenNames = ['alpha', 'beta', 'gamma', 'delta', 'Bootstrap admin'];
  const extensions = ['EXT-000', 'EXT-002', 'EXT-003'];
  const leaf: fc.Arbitrary<RqlNode> = fc.oneof(
    fc.record({
      op: fc.constantFrom('eq', 'ne'),
      field: fc.constant('status'),
      value: fc.constantFrom(...statuses).map(str),
    }),
    fc.record({
      op: fc.constantFrom('eq', 'ne'),
      field: fc.constant('name'),
      value: fc.constantFrom(...tokenNames).map(quoteIfSpaced),
    }),
    fc.record({
      op: fc.constantFrom('eq', 'ne'),
      field: fc.constant('extension.id'),
      value: fc.constantFrom(...extensions).map(str),
    }),
    fc.record({
      op: fc.constantFrom('in', 'out'),
      field: fc.constant('extension.id'),
      values: fc.uniqueArray(fc.constantFrom(...extensions), { minLength: 1, maxLength: 3 }).map((v) => v.map(str)),
    }),
    fc.record({
      op: fc.constantFrom('like', 'ilike'),
      field: fc.constant('name'),
      pattern: fc.constantFrom('*a', 'a*', '*ET*', 'b*a'),
    }),
  ) as fc.Arbitrary<RqlNode>;
  const { filter } = fc.letrec<{ filter: RqlNode }>((tie) => ({
    filter: fc.oneof(
      { maxDepth: 3, depthSize: 'small' },
      leaf,
      fc.record({ op: fc.constantFrom('and', 'or'), args: fc.array(tie('filter'), { minLength: 2, maxLength: 3 }) }),
      fc.record({ op: fc.constant('not'), arg: tie('filter') }),
    ) as fc.Arbitrary<RqlNode>,
  }));

  it('every spelling of a random filter lists the same tokens as its function form', async () => {
    const { names } = await seeded();
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(filter, fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), async (node, picks) => {
        const spelled = writeFilter(node, chooser(picks));
        const expected = await names(toRql(node));
        if (expected.length > 0) nonEmpty++;
        expect(await names(spelled), spelled).toEqual(expected);
      }),
      { seed: 20261207, numRuns: 120 },
    );
    // The filters are not all trivially empty: the property compares real sets.
    expect(nonEmpty).toBeGreaterThan(30);
    // Bounded by count; the timeout only spares a loaded 2-core machine, it is not a speed check.
  }, 120_000);
});

function str(value: string) {
  return { type: 'string' as const, value, quoted: false };
}

function quoteIfSpaced(value: string) {
  return { type: 'string' as const, value, quoted: value.includes(' ') };
}
