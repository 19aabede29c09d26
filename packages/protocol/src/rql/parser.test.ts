import { describe, expect, it } from 'vitest';
import { RqlError, RqlSyntaxError } from './errors';
import { parseQuery, parseRql } from './parser';

/** Runs `fn` and returns the RqlSyntaxError it throws. */
function syntaxError(fn: () => unknown): RqlSyntaxError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RqlSyntaxError);
    return error as RqlSyntaxError;
  }
  throw new Error('expected an RqlSyntaxError');
}

const str = (value: string, quoted = false) => ({ type: 'string', value, quoted });
const num = (raw: string) => ({ type: 'number', value: Number(raw), raw });

describe('parseRql', () => {
  it('parses comparisons, lists, globs and logic', () => {
    expect(parseRql('eq(status,active)')).toEqual({ op: 'eq', field: 'status', value: str('active') });
    expect(parseRql('ge(events.created.at,2024-01-01T00:00:00Z)')).toEqual({
      op: 'ge',
      field: 'events.created.at',
      value: str('2024-01-01T00:00:00Z'),
    });
    expect(parseRql('in(status,(active,inactive))')).toEqual({
      op: 'in',
      field: 'status',
      values: [str('active'), str('inactive')],
    });
    expect(parseRql('out(n,1,2)')).toEqual({ op: 'out', field: 'n', values: [num('1'), num('2')] });
    expect(parseRql('ilike(name,*prod*)')).toEqual({ op: 'ilike', field: 'name', pattern: '*prod*' });
    expect(parseRql('like(code,007)')).toEqual({ op: 'like', field: 'code', pattern: '007' });
    expect(parseRql('and(eq(a,1),or(ne(b,x),not(lt(c,-2.5e3))))')).toEqual({
      op: 'and',
      args: [
        { op: 'eq', field: 'a', value: num('1') },
        {
          op: 'or',
          args: [
            { op: 'ne', field: 'b', value: str('x') },
            { op: 'not', arg: { op: 'lt', field: 'c', value: num('-2.5e3') } },
          ],
        },
      ],
    });
    expect(parseRql('and(eq(a,1))')).toEqual({ op: 'and', args: [{ op: 'eq', field: 'a', value: num('1') }] });
  });

  it('reads value functions and quoted strings', () => {
    expect(parseRql('eq(a,null())').op).toBe('eq');
    expect(parseRql('eq(a,null())')).toMatchObject({ value: { type: 'null' } });
    expect(parseRql('ne(a,empty())')).toMatchObject({ value: { type: 'empty' } });
    expect(parseRql('eq(a,true())')).toMatchObject({ value: { type: 'boolean', value: true } });
    expect(parseRql('eq(a,false())')).toMatchObject({ value: { type: 'boolean', value: false } });
    expect(parseRql('eq(a,true)')).toMatchObject({ value: str('true') });
    expect(parseRql('eq(a,"a b, (c)")')).toMatchObject({ value: str('a b, (c)', true) });
    expect(parseRql("eq(a,'say \"hi\"')")).toMatchObject({ value: str('say "hi"', true) });
    expect(parseRql('eq(a,"x\\"y\\\\z")')).toMatchObject({ value: str('x"y\\z', true) });
    // An unknown escape keeps its backslash, so hand-written `"a\*b"` is a literal-star like pattern.
    expect(parseRql('like(a,"a\\*b")')).toMatchObject({ pattern: 'a\\*b' });
    expect(parseRql('eq(a,"")')).toMatchObject({ value: str('', true) });
    expect(parseRql('eq(a,"42")')).toMatchObject({ value: str('42', true) });
    expect(parseRql("eq(name,O'Brien)")).toMatchObject({ value: str("O'Brien") });
  });

  it('tells numbers from strings', () => {
    for (const raw of ['0', '-1', '1.5', '1e+21', '2E-7', '007']) {
      expect(parseRql(`eq(a,${raw})`)).toMatchObject({ value: num(raw) });
    }
    for (const text of ['1.', '.5', '+1', '1e', '0x10', '2024-01-01', '1e999', 'Infinity', 'NaN']) {
      expect(parseRql(`eq(a,${text})`)).toMatchObject({ value: str(text) });
    }
  });

  it('ignores whitespace around tokens but keeps it inside bare values', () => {
    expect(parseRql(' and( eq( a , foo bar ) , eq(b, "x ") ) ')).toEqual({
      op: 'and',
      args: [
        { op: 'eq', field: 'a', value: str('foo bar') },
        { op: 'eq', field: 'b', value: str('x ', true) },
      ],
    });
  });

  it.each([
    ['eq(status,active', 16, "expected ')' after 'eq(status,active'"],
    ['foo(a,1)', 0, "unknown operator 'foo'"],
    ['eq(a)', 4, "'eq' takes 2 arguments: (field,value) after 'eq(a'"],
    ['eq(a,1,2)', 6, "'eq' takes 2 arguments: (field,value) after 'eq(a,1'"],
    ['not(eq(a,1),eq(b,2))', 11, "'not' takes 1 argument after 'not(eq(a,1)'"],
    ['and()', 4, "expected an expression but found ')' after 'and('"],
    ['eq(,1)', 3, "expected a field name but found ',' after 'eq('"],
    ['eq(a.,1)', 5, "empty segment in field name after 'eq(a.'"],
    ['eq(a,)', 5, "expected a value but found ')' after 'eq(a,'"],
    ['eq(a,nul())', 5, "unknown value function 'nul()' after 'eq(a,'"],
    ['gt(a,null())', 5, "null() can only be used with eq, ne, in and out after 'gt(a,'"],
    ['like(a,true())', 7, "'like' needs a pattern, not boolean() after 'like(a,'"],
    ['in(a,())', 6, "expected a value but found ')' after 'in(a,('"],
    ['in(a,(1,2)', 10, "expected ')' after 'in(a,(1,2)'"],
    ['eq(a,"open)', 5, "unterminated quoted string after 'eq(a,'"],
    ['eq(a,"x"y)', 8, "expected ')' but found 'y' after 'eq(a,\"x\"'"],
    ['eq(a,1))', 7, "unexpected ')' after 'eq(a,1)'"],
    ['eq', 2, "expected '(' after 'eq'"],
    ['', 0, 'expected an expression'],
    ['ordering(a)', 0, "'ordering()' is only allowed as a top-level query term"],
  ])('rejects %j at %i', (text, position, reason) => {
    const error = syntaxError(() => parseRql(text));
    expect(error.reason).toBe(reason);
    expect(error.position).toBe(position);
    expect(error.message).toBe(`RQL syntax error at ${position}: ${reason}`);
  });

  it('enforces the nesting limit without overflowing the stack', () => {
    const nested = (depth: number) => 'not('.repeat(depth - 1) + 'eq(a,1)' + ')'.repeat(depth - 1);
    expect(() => parseRql(nested(32))).not.toThrow();
    const error = syntaxError(() => parseRql(nested(33)));
    expect(error.reason).toMatch(/^expressions are nested deeper than 32 levels/);
    expect(error.position).toBe(4 * 32);
    // Far deeper than any stack, but within the length limit.
    expect(syntaxError(() => parseRql('and('.repeat(2000))).reason).toMatch(/nested deeper/);
  });

  it('enforces the list and length limits', () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => i % 10).join(',');
    expect(() => parseRql(`in(a,(${values(1000)}))`)).not.toThrow();
    const error = syntaxError(() => parseRql(`in(a,(${values(1001)}))`));
    expect(error.reason).toMatch(/^more than 1000 values in a list/);
    expect(error.position).toBe(6 + 2 * 1000 - 1);
    expect(syntaxError(() => parseRql(`eq(a,${'x'.repeat(8192)})`)).reason).toBe(
      'query is longer than 8192 characters',
    );
  });
});

describe('parseQuery', () => {
  it('parses the full Connect example', () => {
    expect(
      parseQuery(
        '?and(eq(status,active),ilike(name,*prod*))&ordering(-events.created.at)&select(-permissions)&limit=100&offset=0',
      ),
    ).toEqual({
      filter: {
        op: 'and',
        args: [
          { op: 'eq', field: 'status', value: str('active') },
          { op: 'ilike', field: 'name', pattern: '*prod*' },
        ],
      },
      ordering: [{ field: 'events.created.at', direction: 'desc' }],
      select: [{ field: 'permissions', include: false }],
      limit: 100,
      offset: 0,
      params: {},
    });
  });

  it('ANDs top-level terms, including field=value shorthands', () => {
    expect(parseQuery('status=active&gt(n,1)&extension.id=null()')).toEqual({
      filter: {
        op: 'and',
        args: [
          { op: 'eq', field: 'status', value: str('active') },
          { op: 'gt', field: 'n', value: num('1') },
          { op: 'eq', field: 'extension.id', value: { type: 'null' } },
        ],
      },
      ordering: [],
      select: [],
      params: {},
    });
    expect(parseQuery('').filter).toBeUndefined();
    expect(parseQuery('?').filter).toBeUndefined();
    expect(parseQuery('&&a=1&').filter).toEqual({ op: 'eq', field: 'a', value: num('1') });
  });

  it('reads ordering and select signs', () => {
    const parsed = parseQuery('ordering(-a,+b,c.d)&select(+x,-y,z)');
    expect(parsed.ordering).toEqual([
      { field: 'a', direction: 'desc' },
      { field: 'b', direction: 'asc' },
      { field: 'c.d', direction: 'asc' },
    ]);
    expect(parsed.select).toEqual([
      { field: 'x', include: true },
      { field: 'y', include: false },
      { field: 'z', include: true },
    ]);
    // %2B is the URL-safe way to send the plus sign.
    expect(parseQuery('select(%2Bx)').select).toEqual([{ field: 'x', include: true }]);
  });

  it('percent-decodes each term after splitting, so an encoded & is data', () => {
    expect(parseQuery('name=Tom%26Jerry&b=1').filter).toEqual({
      op: 'and',
      args: [
        { op: 'eq', field: 'name', value: str('Tom&Jerry') },
        { op: 'eq', field: 'b', value: num('1') },
      ],
    });
    expect(parseQuery('eq(name,%22a%2Cb%22)').filter).toMatchObject({ value: str('a,b', true) });
    expect(parseQuery('eq(name,%C3%A9t%C3%A9)').filter).toMatchObject({ value: str('été') });
    expect(parseQuery('eq(name,été)').filter).toMatchObject({ value: str('été') });
  });

  it('splits only at top-level & outside raw quotes', () => {
    expect(parseQuery('eq(name,"a&b")&x=1').filter).toEqual({
      op: 'and',
      args: [
        { op: 'eq', field: 'name', value: str('a&b', true) },
        { op: 'eq', field: 'x', value: num('1') },
      ],
    });
    expect(parseQuery("eq(name,O'Brien)&x=1").filter).toMatchObject({ op: 'and' });
  });

  it('treats + as a plus in RQL but as a space in search and params', () => {
    expect(parseQuery('eq(a,x+y)').filter).toMatchObject({ value: str('x+y') });
    expect(parseQuery('a=x+y').filter).toMatchObject({ value: str('x+y') });
    expect(parseQuery('search=foo+bar%2Bbaz').search).toBe('foo bar+baz');
    expect(parseQuery('format=a+b', { params: ['format'] }).params).toEqual({ format: 'a b' });
  });

  it('keeps listed keys as params and everything else as filters', () => {
    const parsed = parseQuery('format=csv&a=1&search=', { params: ['format'] });
    expect(parsed.params).toEqual({ format: 'csv' });
    expect(parsed.filter).toEqual({ op: 'eq', field: 'a', value: num('1') });
    expect(parsed.search).toBe('');
    expect(parseQuery('format=csv').filter).toMatchObject({ field: 'format' });
  });

  it.each([
    ['limit=-1', 6, "limit must be a non-negative integer, got '-1'"],
    ['limit=1.5', 6, "limit must be a non-negative integer, got '1.5'"],
    ['limit=', 6, "limit must be a non-negative integer, got ''"],
    ['a=1&offset=1e3', 11, "offset must be a non-negative integer, got '1e3'"],
    ['limit=99999999999999999999', 6, "limit must be a non-negative integer, got '99999999999999999999'"],
    ['limit=1&limit=2', 8, "duplicate 'limit'"],
    ['ordering(a)&ordering(b)', 12, "duplicate 'ordering'"],
    ['select(a)&select(b)', 10, "duplicate 'select'"],
    ['search=a&search=b', 9, "duplicate 'search'"],
    ['ordering()', 9, "expected a field name but found ')' after 'ordering('"],
    ['ordering(a', 10, "expected ')' to close 'ordering(' after 'ordering(a'"],
    ['select(-a)x', 10, "unexpected 'x' after 'select(-a)'"],
    ['x=1&eq(a,%ZZ)', 9, "malformed percent-encoding '%ZZ'"],
    ['eq(a,%C3)', 5, 'percent-encoding is not valid UTF-8'],
    ['eq(a,%C0%80)', 5, 'percent-encoding is not valid UTF-8'],
    ['eq(a,%ED%A0%80)', 5, 'percent-encoding is not valid UTF-8'],
    ['eq(a,%)', 5, "malformed percent-encoding '%)'"],
    ['a=1&eq(%22x%22,1)', 7, "expected a field name but found '\"' after 'eq('"],
    ['a=(1)', 2, "expected a value but found '('"],
    ['a=1,2', 3, "unexpected ',' after '1'"],
    ['a=', 2, 'expected a value'],
    ['?eq(status,%22active)', 11, 'unterminated quoted string after \'eq(status,\''],
    ['x=1&and(eq(a,1)&eq(b,2))', 15, "expected ')' but found '&' after 'and(eq(a,1)'"],
    ['=1', 0, "expected an expression but found '='"],
    ['a.=1', 1, "expected '(' but found '.' after 'a'"],
  ])('rejects %j at %i', (raw, position, reason) => {
    const error = syntaxError(() => parseQuery(raw));
    expect(error.reason).toBe(reason);
    expect(error.position).toBe(position);
  });

  it('reports positions in the raw, still encoded query', () => {
    // The bad token comes after multi-byte escapes, so decoded and raw offsets differ.
    const error = syntaxError(() => parseQuery('a=1&eq(name,%22%C3%A9%22,x)'));
    expect(error.position).toBe(24);
    expect(error.reason).toBe("'eq' takes 2 arguments: (field,value) after 'eq(name,\"é\"'");
  });

  it('reads queries as WHATWG URLs re-encode them', () => {
    // A hand-typed URL: the quotes, apostrophe and spaces are raw; only the & inside the value is encoded.
    const url = new URL(`http://h/p?eq(name,"O'Neil %26 co")&search=a b`);
    expect(url.search).toBe("?eq(name,%22O%27Neil%20%26%20co%22)&search=a%20b");
    const parsed = parseQuery(url.search);
    expect(parsed.filter).toMatchObject({ value: str("O'Neil & co", true) });
    expect(parsed.search).toBe('a b');
  });

  it('parses worst-case inputs of the maximum size quickly', () => {
    const inputs = [
      `in(a,(${'1,'.repeat(999)}1))`,
      'a=1&'.repeat(2047),
      `eq(a,"${'\\'.repeat(4000)}")`,
      `eq(a,${'%C3%A9'.repeat(1300)})`,
      'not('.repeat(31) + 'eq(a,1)' + ')'.repeat(31),
      '('.repeat(8192),
      '"'.repeat(8192),
    ];
    const started = performance.now();
    for (const input of inputs) {
      try {
        parseQuery(input);
      } catch (error) {
        expect(error).toBeInstanceOf(RqlSyntaxError);
      }
    }
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('shares one base class for all RQL errors', () => {
    const error = syntaxError(() => parseQuery('eq('));
    expect(error).toBeInstanceOf(RqlError);
    expect(error.name).toBe('RqlSyntaxError');
  });

  it('rejects queries over 8 KiB before doing any work', () => {
    const error = syntaxError(() => parseQuery(`a=${'x'.repeat(8191)}`));
    expect(error.reason).toBe('query is longer than 8192 characters');
    expect(() => parseQuery(`a=${'x'.repeat(8190)}`)).not.toThrow();
  });
});
