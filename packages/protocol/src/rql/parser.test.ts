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
    expect(parseRql('out(n,(1,2))')).toEqual({ op: 'out', field: 'n', values: [num('1'), num('2')] });
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

  it('reads value functions and quoted strings verbatim, as lib-rql does', () => {
    expect(parseRql('eq(a,null())')).toMatchObject({ value: { type: 'null' } });
    expect(parseRql('ne(a,empty())')).toMatchObject({ value: { type: 'empty' } });
    expect(parseRql('eq(a,true())')).toMatchObject({ value: { type: 'boolean', value: true } });
    expect(parseRql('eq(a,false())')).toMatchObject({ value: { type: 'boolean', value: false } });
    expect(parseRql('eq(a,true)')).toMatchObject({ value: str('true') });
    expect(parseRql('eq(a,"a b, (c)")')).toMatchObject({ value: str('a b, (c)', true) });
    expect(parseRql('eq(a,\'say "hi"\')')).toMatchObject({ value: str('say "hi"', true) });
    expect(parseRql(`eq(a,"it's")`)).toMatchObject({ value: str("it's", true) });
    // No escapes inside quotes: a backslash is a backslash.
    expect(parseRql('eq(a,"x\\y\\")')).toMatchObject({ value: str('x\\y\\', true) });
    expect(parseRql('like(a,"a\\*b")')).toMatchObject({ pattern: 'a\\*b' });
    expect(parseRql('eq(a,"")')).toMatchObject({ value: str('', true) });
    expect(parseRql('eq(a,"42")')).toMatchObject({ value: str('42', true) });
    expect(parseRql('eq(a,null)')).toMatchObject({ value: str('null') });
  });

  it('reads bare values with the characters lib-rql allows, spaces inside included', () => {
    for (const text of [
      'user@example.com',
      '2024-01-01T00:00:00+00:00',
      '*prod*',
      '-x',
      '+y',
      'a\\b',
      'été',
      'foo bar',
      'x ',
      'a:b.c',
    ]) {
      expect(parseRql(`eq(a,${text})`)).toMatchObject({ value: str(text) });
    }
    for (const text of ["O'Brien", 'a~b', 'a/b', '.x', '@x', ' x', 'a=b']) {
      expect(() => parseRql(`eq(a,${text})`), text).toThrow(RqlSyntaxError);
    }
  });

  it('tells numbers from strings', () => {
    for (const raw of ['0', '-1', '1.5', '1e+21', '2E-7', '007']) {
      expect(parseRql(`eq(a,${raw})`)).toMatchObject({ value: num(raw) });
    }
    for (const text of ['1.', '+1', '1e', '0x10', '2024-01-01', '1e999', 'Infinity', 'NaN', '1 ']) {
      expect(parseRql(`eq(a,${text})`)).toMatchObject({ value: str(text) });
    }
  });

  it('refuses whitespace between tokens, as lib-rql does', () => {
    for (const text of [
      ' eq(a,1)',
      'eq (a,1)',
      'eq( a,1)',
      'eq(a ,1)',
      'eq(a, 1)',
      'eq(a,1) ',
      'and(a=1, b=2)',
      'a =1',
    ]) {
      expect(() => parseRql(text), text).toThrow(RqlSyntaxError);
    }
  });

  it.each([
    ['eq(status,active', 16, "expected ')' after 'eq(status,active'"],
    ['foo(a,1)', 0, "unknown operator 'foo'"],
    ['eq(a)', 4, "'eq' takes 2 arguments: (property,value) after 'eq(a'"],
    ['eq(a,1,2)', 6, "'eq' takes 2 arguments: (property,value) after 'eq(a,1'"],
    ['not(eq(a,1),eq(b,2))', 11, "'not' takes 1 argument after 'not(eq(a,1)'"],
    ['and()', 4, "expected a term but found ')' after 'and('"],
    ['eq(,1)', 3, "expected a property name but found ',' after 'eq('"],
    ['eq(1a,1)', 3, "expected a property name but found '1' after 'eq('"],
    ['eq(a,)', 5, "expected a value but found ')' after 'eq(a,'"],
    ['eq(a,nul())', 5, "unknown value function 'nul()' after 'eq(a,'"],
    ['gt(a,null())', 5, "null() can only be used with eq, ne, in and out after 'gt(a,'"],
    ['like(a,true())', 7, "'like' needs a pattern, not boolean() after 'like(a,'"],
    ['in(a,())', 6, "expected a value but found ')' after 'in(a,('"],
    ['in(a,(1,2)', 10, "expected ')' after 'in(a,(1,2)'"],
    ['eq(a,"open)', 5, "unterminated quoted string after 'eq(a,'"],
    ['eq(a,"x"y)', 8, "expected ')' but found 'y' after 'eq(a,\"x\"'"],
    ['eq(a,1))', 7, "unexpected ')' after 'eq(a,1)'"],
    ['eq', 2, "expected '=' or '(' after 'eq'"],
    ['', 0, 'expected a term'],
    ['ordering(a)', 0, "'ordering()' is only allowed in a query, not in a filter"],
    ['not(ordering(a))', 4, "'ordering()' is only allowed as a top-level query term after 'not('"],
    // lib-rql's own failing examples (tests/test_parser/test_logical.py).
    ['and(or(v,k),b)', 8, "expected '=' or '(' but found ',' after 'and(or(v'"],
    ['(p=v|k=l)&n=m)', 13, "unexpected ')' after '(p=v|k=l)&n=m'"],
    ['p=v|t=z', 3, "unexpected '|' after 'p=v'"],
    ['v=1,,f=g', 4, "expected a term but found ',' after 'v=1,'"],
    ['p.p1=12&p', 9, "expected '=' or '(' after 'p.p1=12&p'"],
    ['p=', 2, "expected a value after 'p='"],
    ["'p=v'", 0, "expected a term but found '''"],
    ['(a=1|b=2;c=3)', 8, "';' after '|' in one group: add parentheses after '(a=1|b=2'"],
    ['(a=1 b=2)', 6, "expected ',', '|', ';' or ')' but found '=' after '(a=1 b'"],
    ['in(a,1,2)', 5, "expected '(' to open the list of values but found '1' after 'in(a,'"],
    ['in(a,(t(b=1)))', 6, "tuples are not supported in in/out lists after 'in(a,('"],
    ['gt(a,t(b=1))', 5, "a tuple can only be compared with eq or ne, not 'gt' after 'gt(a,'"],
    ['t(and(a=1,b=2))', 2, "a tuple holds comparisons and like/ilike searches only after 't('"],
    ['eq(a,foo())', 5, "unknown value function 'foo()' after 'eq(a,'"],
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

  it('ANDs top-level terms joined by & or , including field=value shorthands', () => {
    const and = {
      op: 'and',
      args: [
        { op: 'eq', field: 'status', value: str('active') },
        { op: 'gt', field: 'n', value: num('1') },
        { op: 'eq', field: 'extension.id', value: { type: 'null' } },
      ],
    };
    for (const text of [
      'status=active&gt(n,1)&extension.id=null()',
      'status=active,gt(n,1),extension.id=null()',
      'status=active&n=gt=1,extension.id=eq=null()',
    ]) {
      expect(parseQuery(text)).toEqual({ filter: and, ordering: [], select: [], params: {} });
    }
    expect(parseQuery('').filter).toBeUndefined();
    expect(parseQuery('?').filter).toBeUndefined();
  });

  it('takes ordering, select, search, limit and offset from any top-level term', () => {
    const parts = {
      filter: { op: 'eq', field: 'status', value: str('active') },
      ordering: [{ field: 'name', direction: 'desc' }],
      select: [{ field: 'owner', include: false }],
      search: 'foo bar',
      limit: 10,
      offset: 20,
      params: {},
    };
    expect(parseQuery('status=active&ordering(-name)&select(-owner)&search=foo bar&limit=10&offset=20')).toEqual(parts);
    expect(
      parseQuery('(status=active),ordering(-name),select(-owner),search=%22foo%20bar%22,eq(limit,10),offset=eq=20'),
    ).toEqual(parts);
  });

  it('reads ordering and select signs, and empty lists', () => {
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
    expect(parseQuery('ordering()&select()')).toMatchObject({ ordering: [], select: [] });
  });

  it('percent-decodes the whole query first, as Connect does, so encoded syntax is syntax', () => {
    expect(parseQuery('eq(name,%22a%2Cb%22)').filter).toMatchObject({ value: str('a,b', true) });
    expect(parseQuery('eq(name,%C3%A9t%C3%A9)').filter).toMatchObject({ value: str('été') });
    expect(parseQuery('eq(name,été)').filter).toMatchObject({ value: str('été') });
    expect(parseQuery('%28a=1%7Cb=2%29').filter).toMatchObject({ op: 'or' });
    expect(parseQuery('name=%22Tom%26Jerry%22&b=1').filter).toEqual({
      op: 'and',
      args: [
        { op: 'eq', field: 'name', value: str('Tom&Jerry', true) },
        { op: 'eq', field: 'b', value: num('1') },
      ],
    });
    // Unquoted, the decoded & joins terms and `Jerry` is not a term.
    expect(() => parseQuery('name=Tom%26Jerry')).toThrow(RqlSyntaxError);
  });

  it('reads quoted & as data', () => {
    expect(parseQuery('eq(name,"a&b")&x=1').filter).toEqual({
      op: 'and',
      args: [
        { op: 'eq', field: 'name', value: str('a&b', true) },
        { op: 'eq', field: 'x', value: num('1') },
      ],
    });
  });

  it('treats + as a plus everywhere, as Connect (unquote, not unquote_plus) does', () => {
    expect(parseQuery('eq(a,x+y)').filter).toMatchObject({ value: str('x+y') });
    expect(parseQuery('a=x+y').filter).toMatchObject({ value: str('x+y') });
    expect(parseQuery('search=foo+bar%2Bbaz').search).toBe('foo+bar+baz');
    expect(parseQuery('search=foo%20bar').search).toBe('foo bar');
  });

  it('keeps listed keys as params and everything else as filters', () => {
    const parsed = parseQuery('format=csv&a=1&search=x', { params: ['format'] });
    expect(parsed.params).toEqual({ format: 'csv' });
    expect(parsed.filter).toEqual({ op: 'eq', field: 'a', value: num('1') });
    expect(parsed.search).toBe('x');
    expect(parseQuery('format=csv').filter).toMatchObject({ field: 'format' });
  });

  it('leaves out a limit or offset that is not a non-negative integer, so the default applies', () => {
    for (const text of ['limit=-1', 'limit=1.5', 'limit=abc', 'limit=99999999999999999999', 'limit=null()']) {
      expect(parseQuery(text), text).toEqual({ filter: undefined, ordering: [], select: [], params: {} });
    }
    expect(parseQuery('a=1&offset=1e3')).not.toHaveProperty('offset');
    expect(parseQuery('limit=0&offset=007')).toMatchObject({ limit: 0, offset: 7 });
  });

  it.each([
    ['limit=', 6, "expected a value after 'limit='"],
    ['limit=1&limit=2', 8, "duplicate 'limit'"],
    ['limit=gt=1', 0, "'limit' only takes 'limit=value'"],
    ['a=1&or(limit=1,b=2)', 7, "'limit' is only allowed as a top-level query term"],
    ['not(search=x)', 4, "'search' is only allowed as a top-level query term"],
    ['ordering(a)&ordering(b)', 12, "duplicate 'ordering'"],
    ['select(a)&select(b)', 10, "duplicate 'select'"],
    ['search=a&search=b', 9, "duplicate 'search'"],
    ['and(ordering(a),b=1)', 4, "'ordering()' is only allowed as a top-level query term after 'and('"],
    ['ordering(a', 10, "expected ')' to close 'ordering(' after 'ordering(a'"],
    ['select(-a)x', 10, "unexpected 'x' after 'select(-a)'"],
    ['x=1&eq(a,%ZZ)', 9, "malformed percent-encoding '%ZZ'"],
    ['eq(a,%C3)', 5, 'percent-encoding is not valid UTF-8'],
    ['eq(a,%C0%80)', 5, 'percent-encoding is not valid UTF-8'],
    ['eq(a,%ED%A0%80)', 5, 'percent-encoding is not valid UTF-8'],
    ['eq(a,%)', 5, "malformed percent-encoding '%)'"],
    ['a=1&eq(%22x%22,1)', 7, "expected a property name but found '\"' after 'a=1&eq('"],
    ['a=(1)', 2, "expected a value but found '(' after 'a='"],
    ['a=1,2', 4, "expected a term but found '2' after 'a=1,'"],
    ['a=1&&b=2', 4, "expected a term but found '&' after 'a=1&'"],
    ['?eq(status,%22active)', 11, "unterminated quoted string after 'eq(status,'"],
    ['=1', 0, "expected a term but found '='"],
    ['_a=1', 0, "expected a term but found '_'"],
  ])('rejects %j at %i', (raw, position, reason) => {
    const error = syntaxError(() => parseQuery(raw));
    expect(error.reason).toBe(reason);
    expect(error.position).toBe(position);
  });

  it('reports positions in the raw, still encoded query', () => {
    // The bad token comes after multi-byte escapes, so decoded and raw offsets differ.
    const error = syntaxError(() => parseQuery('a=1&eq(name,%22%C3%A9%22,x)'));
    expect(error.position).toBe(24);
    expect(error.reason).toBe("'eq' takes 2 arguments: (property,value) after 'a=1&eq(name,\"é\"'");
  });

  it('reads queries as WHATWG URLs re-encode them', () => {
    // A hand-typed URL: the quotes, apostrophe and spaces are raw; only the & inside the value is encoded.
    const url = new URL(`http://h/p?eq(name,"O'Neil %26 co")&search=a b`);
    expect(url.search).toBe('?eq(name,%22O%27Neil%20%26%20co%22)&search=a%20b');
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

describe('every spelling lib-rql accepts parses to the function form', () => {
  const a = 'eq(status,active)';
  const b = 'eq(extension.id,EXT-000)';
  it.each([
    // Comparisons: function form, prop=op=value, and prop=value for eq.
    ['status=active', a],
    ['status=eq=active', a],
    ['(status=active)', a],
    ['((((eq(status,active)))))', a],
    ['status=ne=active', 'ne(status,active)'],
    ['n=gt=1', 'gt(n,1)'],
    ['n=ge=1', 'ge(n,1)'],
    ['n=lt=1', 'lt(n,1)'],
    ['n=le=1', 'le(n,1)'],
    ['extension.id=null()', 'eq(extension.id,null())'],
    ['description=ne=empty()', 'ne(description,empty())'],
    // And: function, infix &, top-level comma, and-group, as CloudBlue's JS SDK writes $and.
    [`(status=active)&(extension.id=EXT-000)`, `and(${a},${b})`],
    ['status=active&extension.id=EXT-000', `and(${a},${b})`],
    ['status=active,extension.id=EXT-000', `and(${a},${b})`],
    ['(status=active,extension.id=EXT-000)', `and(${a},${b})`],
    ['and(status=active,extension.id=EXT-000)', `and(${a},${b})`],
    ['and(name=x,status=active)', 'and(eq(name,x),eq(status,active))'],
    // Or: function, (a|b), (a;b), as the JS SDK writes $or.
    ['((status=active)|(status=inactive))', 'or(eq(status,active),eq(status,inactive))'],
    ['(status=active|status=inactive)', 'or(eq(status,active),eq(status,inactive))'],
    ['(status=active;status=inactive)', 'or(eq(status,active),eq(status,inactive))'],
    ['or(status=active,status=inactive)', 'or(eq(status,active),eq(status,inactive))'],
    // Not, with shorthand inside, and (an extension) any expression.
    ['not(status=active)', 'not(eq(status,active))'],
    ['not((eq(status,active)))', 'not(eq(status,active))'],
    ['((((not(status=active)))))', 'not(eq(status,active))'],
    ['not((a=1|b=2))', 'not(or(eq(a,1),eq(b,2)))'],
    // & binds tighter than | and top-level ,; groups keep their nesting.
    ['(a=1&b=2|c=3)', 'or(and(eq(a,1),eq(b,2)),eq(c,3))'],
    ['(a=1&b=2)&c=3', 'and(and(eq(a,1),eq(b,2)),eq(c,3))'],
    ['a=1&b=2&c=3', 'and(eq(a,1),eq(b,2),eq(c,3))'],
    // lib-rql's nesting examples (tests/test_parser/test_logical.py).
    [
      '((p1=v1|p1=ge=v2)&(p3=le=v4,gt(p5,v6));ne(p7,p8))',
      'or(and(or(eq(p1,v1),ge(p1,v2)),and(le(p3,v4),gt(p5,v6))),ne(p7,p8))',
    ],
    [
      '(or(p1=v1,p1=ge=v2)&and(p3=le=v4,gt(p5,v6));ne(p7,p8))',
      'or(and(or(eq(p1,v1),ge(p1,v2)),and(le(p3,v4),gt(p5,v6))),ne(p7,p8))',
    ],
    ['(ne(p1,v1)|(p2=ge=and;or=v3)|p4=v4)', 'or(ne(p1,v1),or(ge(p2,and),eq(or,v3)),eq(p4,v4))'],
    ['((not(eq(id,fg)))&(not(ge(external_id,fg))))', 'and(not(eq(id,fg)),not(ge(external_id,fg)))'],
    // Lists and searches.
    ['in(status,(active,inactive))', 'in(status,(active,inactive))'],
    ['out(status,("a b",\'c\'))', 'out(status,("a b",\'c\'))'],
    ['ilike(name,*prod*)', 'ilike(name,*prod*)'],
    // Operator words as properties and values.
    ['and=or', 'eq(and,or)'],
    ['eq(in,ordering)', 'eq(in,ordering)'],
    ['select=eq=like', 'eq(select,like)'],
    ['ne=ne=ne', 'ne(ne,ne)'],
    // Tuples: the and of their comparisons, inside the comparison's property.
    ['t(a=1,like(b,x*))', 'and(eq(a,1),like(b,x*))'],
    ['author=t(name=x,age=ge=3)', 'and(eq(author.name,x),ge(author.age,3))'],
    ['ne(author,t(name=x))', 'not(eq(author.name,x))'],
  ])('%s', (surface, functionForm) => {
    expect(parseRql(surface)).toEqual(parseRql(functionForm));
    expect(parseQuery(surface).filter).toEqual(parseRql(functionForm));
  });

  it('keeps the text of quoted values apart from the syntax', () => {
    expect(parseRql('(name="a|b"|name=\'c;d\')')).toEqual({
      op: 'or',
      args: [
        { op: 'eq', field: 'name', value: str('a|b', true) },
        { op: 'eq', field: 'name', value: str('c;d', true) },
      ],
    });
  });
});
