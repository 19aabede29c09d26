import { RqlError, RqlFieldError, parseRql, query, rql } from '@connect-tokens/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter } from './evaluate';
import { compileGlob } from './glob';
import { resolvePath } from './path';

const fields = {
  id: ['eq', 'ne', 'in', 'out'],
  name: ['eq', 'ne', 'like', 'ilike', 'in'],
  status: ['eq', 'ne', 'in', 'out'],
  count: ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'in'],
  code: ['eq', 'like', 'in'],
  enabled: ['eq', 'ne', 'in'],
  description: ['eq', 'ne', 'in'],
  tags: ['eq', 'ne', 'in', 'out', 'like'],
  'extension.id': ['eq', 'ne'],
  'events.created.at': ['gt', 'ge', 'lt', 'le', 'eq'],
  'permissions.object.id': ['eq', 'in', 'out'],
};

const items = [
  {
    id: 'SU-1',
    name: 'Prod key',
    status: 'active',
    count: 10,
    code: '007',
    enabled: true,
    description: '',
    tags: ['prod', 'eu'],
    extension: { id: 'EXT-001' },
    events: { created: { at: '2024-01-15T10:00:00.000Z' } },
    permissions: [{ object: { id: 'MD-0001' } }, { object: { id: 'MD-0002' } }],
  },
  {
    id: 'SU-2',
    name: 'staging*key',
    status: 'inactive',
    count: 9,
    code: 'A7',
    enabled: false,
    description: null,
    tags: [],
    extension: null,
    events: { created: { at: '2024-03-01T00:00:00+02:00' } },
    permissions: [],
  },
  {
    id: 'SU-3',
    name: 'Dev PROD',
    status: 'expired',
    count: 100,
    code: 7,
    enabled: true,
    tags: ['dev'],
    extension: { id: null },
    events: { created: { at: '2023-12-31T23:59:59.999Z' } },
    permissions: [{ object: { id: 'MD-0003' } }],
  },
];

/** Ids of the items an RQL expression selects. */
const ids = (text: string) => items.filter(compileFilter(parseRql(text), { fields })).map((item) => item.id);

describe('compileFilter', () => {
  it('accepts everything without a filter', () => {
    expect(items.filter(compileFilter(undefined, { fields: {} }))).toHaveLength(3);
  });

  it('compares strings, numbers and booleans', () => {
    expect(ids('eq(status,active)')).toEqual(['SU-1']);
    expect(ids('ne(status,active)')).toEqual(['SU-2', 'SU-3']);
    expect(ids('eq(count,10)')).toEqual(['SU-1']);
    expect(ids('eq(count,10.0)')).toEqual(['SU-1']);
    expect(ids('eq(count,"10")')).toEqual(['SU-1']);
    expect(ids('eq(enabled,true())')).toEqual(['SU-1', 'SU-3']);
    expect(ids('eq(enabled,true)')).toEqual(['SU-1', 'SU-3']);
    expect(ids('eq(enabled,false())')).toEqual(['SU-2']);
    // A numeric token keeps its text: `007` matches the string '007' and, by value, the number 7.
    expect(ids('eq(code,007)')).toEqual(['SU-1', 'SU-3']);
    expect(ids('eq(code,"007")')).toEqual(['SU-1']);
    expect(ids('eq(code,7)')).toEqual(['SU-3']);
  });

  it('never lets a null field equal the text "null"', () => {
    expect(ids('eq(description,null)')).toEqual([]);
    expect(ids('eq(extension.id,null)')).toEqual([]);
  });

  it('orders numbers numerically and ISO dates chronologically', () => {
    expect(ids('gt(count,9)')).toEqual(['SU-1', 'SU-3']);
    expect(ids('ge(count,9)')).toEqual(['SU-1', 'SU-2', 'SU-3']);
    expect(ids('lt(count,10)')).toEqual(['SU-2']);
    expect(ids('le(count,10)')).toEqual(['SU-1', 'SU-2']);
    // '2024-03-01T00:00:00+02:00' is 2024-02-29T22:00Z: chronologically before March, though its text sorts after.
    expect(ids('lt(events.created.at,2024-03-01T00:00:00Z)')).toEqual(['SU-1', 'SU-2', 'SU-3']);
    expect(ids('ge(events.created.at,2024-01-01)')).toEqual(['SU-1', 'SU-2']);
    expect(ids('lt(events.created.at,2024-01-01)')).toEqual(['SU-3']);
    expect(ids('eq(events.created.at,2024-01-15T10:00:00.000Z)')).toEqual(['SU-1']);
  });

  it('compares as text when one side is not a number', () => {
    expect(ids('gt(count,"9")')).toEqual([]);
    // '10' and '100' sort before '9' as text.
    expect(ids('lt(count,"9")')).toEqual(['SU-1', 'SU-3']);
  });

  it('matches globs case-sensitively with like and insensitively with ilike', () => {
    expect(ids('like(name,*key)')).toEqual(['SU-1', 'SU-2']);
    expect(ids('like(name,*prod*)')).toEqual([]);
    expect(ids('ilike(name,*prod*)')).toEqual(['SU-1', 'SU-3']);
    expect(ids('ilike(name,prod)')).toEqual([]);
    expect(ids('ilike(name,PROD KEY)')).toEqual(['SU-1']);
    expect(ids('like(name,"staging\\*key")')).toEqual(['SU-2']);
    expect(ids('like(name,staging*key)')).toEqual(['SU-2']);
    expect(ids('like(code,7)')).toEqual(['SU-3']);
    expect(ids('like(code,*7)')).toEqual(['SU-1', 'SU-2', 'SU-3']);
    expect(ids('like(tags,e*)')).toEqual(['SU-1']);
  });

  it('matches null() against null and missing fields, and empty() against empty text and lists', () => {
    expect(ids('eq(description,null())')).toEqual(['SU-2', 'SU-3']);
    expect(ids('ne(description,null())')).toEqual(['SU-1']);
    expect(ids('eq(extension.id,null())')).toEqual(['SU-2', 'SU-3']);
    expect(ids('ne(extension.id,null())')).toEqual(['SU-1']);
    expect(ids('eq(description,empty())')).toEqual(['SU-1']);
    expect(ids('eq(tags,empty())')).toEqual(['SU-2']);
    expect(ids('ne(tags,empty())')).toEqual(['SU-1', 'SU-3']);
    expect(ids('in(description,(null(),empty()))')).toEqual(['SU-1', 'SU-2', 'SU-3']);
  });

  it('matches in() and out() on text, numbers and booleans by the same rules as eq()', () => {
    expect(ids('in(status,(active,expired))')).toEqual(['SU-1', 'SU-3']);
    expect(ids('out(status,(active,expired))')).toEqual(['SU-2']);
    expect(ids('in(code,("007",A7))')).toEqual(['SU-1', 'SU-2']);
    expect(ids('in(code,(007))')).toEqual(['SU-1', 'SU-3']);
    expect(ids('in(count,("10",9))')).toEqual(['SU-1', 'SU-2']);
    expect(ids('in(enabled,(true))')).toEqual(['SU-1', 'SU-3']);
    expect(ids('in(tags,(eu,dev))')).toEqual(['SU-1', 'SU-3']);
  });

  it('fans out over arrays along the path', () => {
    expect(ids('eq(permissions.object.id,MD-0002)')).toEqual(['SU-1']);
    expect(ids('in(permissions.object.id,(MD-0003,MD-0009))')).toEqual(['SU-3']);
    expect(ids('out(permissions.object.id,(MD-0001))')).toEqual(['SU-2', 'SU-3']);
    expect(ids('eq(tags,prod)')).toEqual(['SU-1']);
    // ne is the negation of eq: no tag is 'prod'.
    expect(ids('ne(tags,prod)')).toEqual(['SU-2', 'SU-3']);
    expect(ids('eq(permissions.object.id,null())')).toEqual(['SU-2']);
  });

  it('combines with and, or, not, in and out', () => {
    expect(ids('and(eq(enabled,true()),ilike(name,*prod*))')).toEqual(['SU-1', 'SU-3']);
    expect(ids('or(eq(status,inactive),gt(count,50))')).toEqual(['SU-2', 'SU-3']);
    expect(ids('not(or(eq(status,inactive),gt(count,50)))')).toEqual(['SU-1']);
    expect(ids('in(status,(active,expired))')).toEqual(['SU-1', 'SU-3']);
    expect(ids('out(status,(active,expired))')).toEqual(['SU-2']);
    expect(ids('and(in(id,(SU-1,SU-2)),not(eq(id,SU-2)))')).toEqual(['SU-1']);
  });

  it('works on builder output', () => {
    const q = query<keyof typeof fields>().filter((r) =>
      r.and(r.in('status', ['active', 'inactive']), r.null('extension.id')),
    );
    expect(items.filter(compileFilter(q.parts.filter, { fields })).map((i) => i.id)).toEqual(['SU-2']);
    const dated = rql.gt('events.created.at', new Date('2024-01-01T00:00:00Z'));
    expect(items.filter(compileFilter(dated, { fields })).map((i) => i.id)).toEqual(['SU-1', 'SU-2']);
  });

  it('rejects unknown fields and disallowed operators, naming them', () => {
    const compile = (text: string) => () => compileFilter(parseRql(text), { fields });
    expect(compile('eq(secret,x)')).toThrow(RqlFieldError);
    expect(compile('eq(secret,x)')).toThrow(/^filtering on 'secret' is not allowed \(filterable fields: id, name, /);
    expect(compile('like(status,a*)')).toThrow("operator 'like' is not allowed on 'status' (allowed: eq, ne, in, out)");
    expect(compile('and(eq(status,active),not(gt(name,a)))')).toThrow("operator 'gt' is not allowed on 'name'");
    expect(compile('eq(constructor,x)')).toThrow("filtering on 'constructor' is not allowed");
    expect(compile('eq(extension,x)')).toThrow(RqlError);
    try {
      compile('ilike(id,x)')();
    } catch (error) {
      expect(error).toMatchObject({ field: 'id', operator: 'ilike' });
    }
  });

  it('never reads prototype properties through a path', () => {
    const rules = { 'a.constructor': ['eq'], 'a.__proto__': ['eq', 'ne'] };
    const items2: object[] = [{ a: {} }, { a: { constructor: 'x' } }];
    expect(items2.filter(compileFilter(parseRql('eq(a.constructor,null())'), { fields: rules }))).toEqual([{ a: {} }]);
    expect(items2.filter(compileFilter(parseRql('ne(a.__proto__,null())'), { fields: rules }))).toEqual([]);
  });
});

describe('compileFilter on timestamps', () => {
  const at = { 'events.created.at': ['gt', 'ge', 'lt', 'le', 'eq'] };
  const matches = (op: string, own: string, token: string) =>
    compileFilter(parseRql(`${op}(events.created.at,${JSON.stringify(token)})`), { fields: at })({
      events: { created: { at: own } },
    });

  it('compares any two parseable ISO timestamps chronologically, in any form and on any calendar day', () => {
    const instant = fc.date({
      min: new Date('-001000-01-01T00:00:00Z'),
      max: new Date('+012000-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    const written = instant.chain((date) =>
      fc.constantFrom(
        date.toISOString(),
        date.toISOString().replace('.000Z', 'Z'),
        date.toISOString().replace('Z', '+00:00'),
        new Date(date.getTime() + 7_200_000).toISOString().replace('Z', '+02:00'),
      ),
    );
    fc.assert(
      fc.property(written, written, fc.constantFrom('gt', 'ge', 'lt', 'le'), (own, token, op) => {
        const a = Date.parse(own);
        const b = Date.parse(token);
        fc.pre(!Number.isNaN(a) && !Number.isNaN(b));
        const expected = { gt: a > b, ge: a >= b, lt: a < b, le: a <= b }[op];
        expect(matches(op, own, token)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("treats days past a month's end as Date.parse does, and text that is no date as text", () => {
    // 2025-02-30 rolls over to 2 March: after 1 March, though its text sorts before it.
    expect(matches('gt', '2025-02-30T00:00:00.000Z', '2025-03-01T00:00:00.000Z')).toBe(true);
    expect(matches('lt', '2025-01-01T24:00:00.000Z', '2025-01-02T00:00:00.001Z')).toBe(true);
    // Month 13 does not parse, so both sides compare as text.
    expect(matches('gt', '2025-13-01T00:00:00.000Z', '2025-12-31T00:00:00.000Z')).toBe(true);
    expect(matches('lt', 'yesterday', '2025-01-01T00:00:00.000Z')).toBe(false);
  });
});

describe('compileFilter with field readers', () => {
  const rules = { name: ['eq', 'in', 'ilike'], 'permissions.object.id': ['eq'] };
  const records = [
    { n: 'Alpha', modules: ['MD-1'] },
    { n: 'beta', modules: [] },
  ];
  const readers = (field: string) =>
    field === 'name'
      ? { fansOut: false as const, read: (item: unknown) => (item as { n: string }).n }
      : field === 'permissions.object.id'
        ? {
            fansOut: true as const,
            read: (item: unknown) => {
              const m = (item as { modules: string[] }).modules;
              return m.length === 0 ? [undefined] : m;
            },
          }
        : undefined;
  const names = (text: string) =>
    records.filter(compileFilter(parseRql(text), { fields: rules, readers })).map((r) => r.n);

  it('reads fields through them instead of as dotted paths', () => {
    expect(names('ilike(name,a*)')).toEqual(['Alpha']);
    expect(names('in(name,(beta,gamma))')).toEqual(['beta']);
    expect(names('eq(permissions.object.id,MD-1)')).toEqual(['Alpha']);
    expect(names('eq(permissions.object.id,null())')).toEqual(['beta']);
  });

  it('still checks fields and operators against the rules', () => {
    expect(() => compileFilter(parseRql('like(name,a*)'), { fields: rules, readers })).toThrow(RqlFieldError);
  });
});

describe('resolvePath', () => {
  it('fans out over intermediate arrays only', () => {
    const item = { a: [{ b: [1, 2] }, { b: [] }, { c: 1 }], d: [1] };
    expect(resolvePath(item, ['a', 'b'])).toEqual([[1, 2], [], undefined]);
    expect(resolvePath(item, ['d'])).toEqual([[1]]);
    expect(resolvePath(item, ['d', 'x'])).toEqual([undefined]);
    expect(resolvePath({ a: [] }, ['a', 'b'])).toEqual([undefined]);
    expect(resolvePath(null, ['a'])).toEqual([undefined]);
  });
});

describe('compileGlob', () => {
  it('handles wildcards, escapes and anchors', () => {
    const match = (pattern: string, text: string, ignoreCase = false) => compileGlob(pattern, ignoreCase)(text);
    expect(match('', '')).toBe(true);
    expect(match('', 'a')).toBe(false);
    expect(match('*', '')).toBe(true);
    expect(match('a*', 'a')).toBe(true);
    expect(match('*a*a*', 'aa')).toBe(true);
    expect(match('*a*a*', 'a')).toBe(false);
    expect(match('ab*ba', 'aba')).toBe(false);
    expect(match('ab*ba', 'abba')).toBe(true);
    expect(match('a\\*b', 'a*b')).toBe(true);
    expect(match('a\\*b', 'axb')).toBe(false);
    expect(match('a\\\\*', 'a\\xyz')).toBe(true);
    expect(match('a\\b', 'a\\b')).toBe(true);
    expect(match('.+?[]()', '.+?[]()')).toBe(true);
    expect(match('ÉTÉ*', 'été!', true)).toBe(true);
  });

  it('stays fast on patterns that make backtracking regexes explode', () => {
    const text = 'a'.repeat(20_000);
    const started = performance.now();
    expect(compileGlob(`${'*a'.repeat(1000)}*b`, false)(text)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
