import { describe, expect, expectTypeOf, it } from 'vitest';
import { escapeLike, query, rql } from './builder';
import { parseQuery, parseRql } from './parser';
import { toRql } from './serialize';

describe('rql operators', () => {
  it('builds comparison nodes with typed values', () => {
    expect(rql.eq('status', 'active')).toEqual({
      op: 'eq',
      field: 'status',
      value: { type: 'string', value: 'active', quoted: false },
    });
    expect(rql.gt('count', 5)).toEqual({ op: 'gt', field: 'count', value: { type: 'number', value: 5, raw: '5' } });
    // Connect has no boolean literal: django-rql reads bare true/false against boolean fields.
    expect(rql.eq('enabled', true).value).toEqual({ type: 'string', value: 'true', quoted: false });
    expect(rql.eq('x', null).value).toEqual({ type: 'null' });
    expect(rql.lt('events.created.at', new Date('2024-05-01T10:00:00Z')).value).toEqual({
      type: 'string',
      value: '2024-05-01T10:00:00.000Z',
      quoted: false,
    });
  });

  it('serialises the examples from the Connect docs', () => {
    expect(toRql(rql.and(rql.eq('status', 'active'), rql.ilike('name', '*prod*')))).toBe(
      'and(eq(status,active),ilike(name,*prod*))',
    );
    expect(toRql(rql.in('status', ['active', 'inactive']))).toBe('in(status,(active,inactive))');
    expect(toRql(rql.out('id', ['SU-123-456-789']))).toBe('out(id,(SU-123-456-789))');
    expect(toRql(rql.not(rql.eq('a', 1)))).toBe('not(eq(a,1))');
    expect(toRql(rql.or(rql.ne('a', -1.5), rql.ge('b', 1e21), rql.le('c', 0)))).toBe(
      'or(ne(a,-1.5),ge(b,1e%2B21),le(c,0))',
    );
    expect(toRql(rql.gt('events.created.at', new Date(Date.UTC(2024, 0, 2))))).toBe(
      'gt(events.created.at,2024-01-02T00:00:00.000Z)',
    );
  });

  it('builds null() and empty() checks', () => {
    expect(toRql(rql.null('extension.id'))).toBe('eq(extension.id,null())');
    expect(toRql(rql.null('extension.id', false))).toBe('ne(extension.id,null())');
    expect(toRql(rql.empty('description'))).toBe('eq(description,empty())');
    expect(toRql(rql.empty('description', false))).toBe('ne(description,empty())');
    expect(toRql(rql.eq('enabled', false))).toBe('eq(enabled,false)');
    expect(toRql(rql.in('x', [null, 1, true]))).toBe('in(x,(null(),1,true))');
  });

  it.each([
    ['', '%22%22'],
    ['null()', '%22null%28%29%22'],
    ['42', '%2242%22'],
    ['1e5', '%221e5%22'],
    ['a b', '%22a%20b%22'],
    [' lead', '%22%20lead%22'],
    ['a,b', '%22a%2Cb%22'],
    ['a)&x=1', '%22a%29%26x%3D1%22'],
    // Quoted text is verbatim in lib-rql: the other quote character carries a quote.
    ['say "hi"', '%27say%20%22hi%22%27'],
    ['back\\slash', '%22back%5Cslash%22'],
    ['t', '%22t%22'],
    ['.x', '%22.x%22'],
    ['a~b', '%22a~b%22'],
    ["it's", '%22it%27s%22'],
    ['*', '%22*%22'],
    ['a+b', '%22a%2Bb%22'],
    ['100%', '%22100%25%22'],
    ['é', '%22%C3%A9%22'],
    ['😀', '%22%F0%9F%98%80%22'],
    ['true', 'true'],
    ['user@example.com', 'user@example.com'],
    ['10:30', '10:30'],
  ])('escapes the string %j as %s', (input, encoded) => {
    const node = rql.eq('name', input);
    expect(toRql(node)).toBe(`eq(name,${encoded})`);
    expect(parseQuery(toRql(node)).filter).toEqual(node);
  });

  it('keeps * as a wildcard in like patterns and offers a literal escape', () => {
    expect(toRql(rql.like('name', 'a*b'))).toBe('like(name,a*b)');
    expect(escapeLike('50% *off* \\o/')).toBe('50% \\*off\\* \\\\o/');
    const node = rql.ilike('name', `*${escapeLike('a*b')}*`);
    expect(node.pattern).toBe('*a\\*b*');
    expect(toRql(node)).toBe('ilike(name,%22*a%5C*b*%22)');
    expect(parseQuery(toRql(node)).filter).toEqual(node);
  });

  it('rejects input that cannot be serialised faithfully', () => {
    expect(() => rql.eq('a b', 1)).toThrow(TypeError);
    expect(() => rql.eq('a,b),or(x', 1)).toThrow(/Invalid RQL field name/);
    expect(() => rql.eq('_a', 1)).toThrow(TypeError);
    expect(() => rql.eq('1a', 1)).toThrow(TypeError);
    expect(() => rql.eq('', 1)).toThrow(TypeError);
    expect(() => rql.eq('a', `both " and '`)).toThrow(RangeError);
    // Patterns and search text are checked when the query is written.
    expect(() => toRql(rql.like('a', `"'`))).toThrow(RangeError);
    expect(() => query().search(`"'`).toString()).toThrow(RangeError);
    expect(() => rql.eq('a', Number.NaN)).toThrow(RangeError);
    expect(() => rql.eq('a', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => rql.eq('a', new Date('nope'))).toThrow(RangeError);
    expect(() => rql.in('a', [])).toThrow(/1 to 1000 values/);
    expect(() =>
      rql.in(
        'a',
        Array.from({ length: 1001 }, (_, i) => i),
      ),
    ).toThrow(RangeError);
    // @ts-expect-error: and() needs at least one expression
    expect(() => rql.and()).toThrow(RangeError);
    // @ts-expect-error: gt() has no null form
    expect(() => rql.gt('a', null)).toThrow(TypeError);
    expect(() => toRql(rql.eq('a', '\uD800'))).toThrow(/lone surrogate/);
  });

  it('normalises -0 so that the node equals its parsed form', () => {
    const node = rql.eq('a', -0);
    expect(toRql(node)).toBe('eq(a,0)');
    expect(parseRql('eq(a,0)')).toEqual(node);
  });
});

describe('query()', () => {
  it('is empty by default', () => {
    expect(query().toString()).toBe('');
    expect(query().parts).toEqual({ filter: undefined, ordering: [], select: [] });
  });

  it('composes every part in a fixed order', () => {
    const q = query()
      .search('foo bar+baz')
      .limit(100)
      .offset(0)
      .select('-permissions', '+extension', 'owner')
      .ordering('-events.created.at', '+name', 'id')
      .filter(rql.eq('status', 'active'));
    expect(q.toString()).toBe(
      'eq(status,active)&ordering(-events.created.at,name,id)&select(-permissions,extension,owner)' +
        '&search=%22foo%20bar%2Bbaz%22&limit=100&offset=0',
    );
  });

  it('ANDs repeated filters into one flat and()', () => {
    const q = query()
      .filter(rql.eq('a', 1))
      .filter((r) => r.eq('b', 2))
      .filter(rql.eq('c', 3));
    expect(q.toString()).toBe('and(eq(a,1),eq(b,2),eq(c,3))');
  });

  it('never mutates: every call returns a new query', () => {
    const base = query().filter(rql.eq('a', 1));
    const paged = base.page(10, 20);
    const other = base.ordering('b');
    expect(base.toString()).toBe('eq(a,1)');
    expect(paged.toString()).toBe('eq(a,1)&limit=10&offset=20');
    expect(other.toString()).toBe('eq(a,1)&ordering(b)');
    expect(Object.isFrozen(base.parts)).toBe(true);
    expect(paged.limit(undefined).offset(undefined).search('').toString()).toBe('eq(a,1)');
  });

  it('validates pagination and field names', () => {
    expect(() => query().limit(-1)).toThrow(RangeError);
    expect(() => query().offset(1.5)).toThrow(RangeError);
    expect(() => query().ordering('-a b')).toThrow(TypeError);
    expect(() => query().select('--a')).toThrow(TypeError);
  });

  it('round-trips through parseQuery', () => {
    const q = query()
      .filter(rql.and(rql.eq('status', 'active'), rql.ilike('name', '*prod*')))
      .ordering('-events.created.at')
      .select('-permissions')
      .search('a&b=c')
      .page(100, 0);
    expect(parseQuery(q.toString())).toEqual({ ...q.parts, params: {} });
  });

  it('narrows field names when typed', () => {
    type Field = 'id' | 'name' | 'status';
    const r = rql<Field>();
    const q = query<Field, 'permissions'>();
    expectTypeOf(r.eq('name', 'x').field).toEqualTypeOf<'name'>();
    // @ts-expect-error: 'nmae' is not a field
    r.eq('nmae', 'x');
    // @ts-expect-error: the untyped rql infers 'other', which the typed query rejects
    q.filter(rql.eq('other', 1));
    q.filter(rql.and(rql.eq('id', 1), rql.in('status', ['a'])));
    q.filter((ops) => ops.like('name', 'a*'));
    // @ts-expect-error: ordering only accepts the query's fields
    q.ordering('-nope');
    q.ordering('-name', '+id', 'status');
    // @ts-expect-error: select only accepts the select fields
    q.select('-name');
    q.select('-permissions');
  });
});
