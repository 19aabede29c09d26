import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RqlNode } from './ast';
import { type RqlInput, escapeLike, query, rql } from './builder';
import { RqlSyntaxError } from './errors';
import { MAX_QUERY_LENGTH } from './limits';
import { parseQuery, parseRql } from './parser';
import { toQueryString, toRql } from './serialize';

/** Fixed seed so a failure reproduces; bump `numRuns` locally to search harder. */
const settings = { seed: 20240501, numRuns: 1500 } as const;

/** Characters that mean something to RQL, to URLs or to our escaping, plus text that looks like syntax. */
const special = fc.constantFrom(
  '(', ')', ',', '"', "'", '\\', '&', '=', '*', '%', '+', '-', '.', ' ', '\t', '\n', '?', '#', '/',
  'null()', 'empty()', 'true()', 'eq(a,1)', '%20', '%2', '%ZZ', '42', '-1.5e3', '2024-01-01T00:00:00Z',
  'é', '😀', '\u0000', '\u200b', '\uFEFF', '\u{10FFFF}',
);
/** RQL carries any text except one holding both quote characters (lib-rql's quoted values have no escapes). */
const expressible = (text: string): boolean => !(text.includes('"') && text.includes("'"));
const nastyString = fc
  .array(fc.oneof(special, fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ maxLength: 4 })), { maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter(expressible);

/** lib-rql property names; `search`, `limit` and `offset` are query parameters, not filters. */
const fieldName = fc
  .array(fc.stringMatching(/^[A-Za-z][\w-]{0,5}$/), { minLength: 1, maxLength: 3 })
  .map((segments) => segments.join('.'))
  .filter((name) => !['search', 'limit', 'offset'].includes(name));

const orderable: fc.Arbitrary<string | number | Date> = fc.oneof(
  nastyString,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.date({ noInvalidDate: true }),
);
const input: fc.Arbitrary<RqlInput> = fc.oneof(orderable, fc.boolean(), fc.constant(null));

const pattern = fc
  .array(fc.oneof(fc.constant('*'), nastyString, nastyString.map(escapeLike)), { maxLength: 5 })
  .map((parts) => parts.join(''))
  .filter(expressible);

const leaf: fc.Arbitrary<RqlNode> = fc.oneof(
  fc.tuple(fc.constantFrom('eq', 'ne'), fieldName, input).map(([op, f, v]) => rql[op](f, v)),
  fc.tuple(fc.constantFrom('gt', 'ge', 'lt', 'le'), fieldName, orderable).map(([op, f, v]) => rql[op](f, v)),
  fc
    .tuple(fc.constantFrom('in', 'out'), fieldName, fc.array(input, { minLength: 1, maxLength: 5 }))
    .map(([op, f, v]) => rql[op](f, v)),
  fc.tuple(fc.constantFrom('like', 'ilike'), fieldName, pattern).map(([op, f, p]) => rql[op](f, p)),
  fc.tuple(fc.constantFrom('null', 'empty'), fieldName, fc.boolean()).map(([op, f, yes]) => rql[op](f, yes)),
);

const { expr } = fc.letrec<{ expr: RqlNode }>((tie) => ({
  expr: fc.oneof(
    { maxDepth: 6, depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom('and', 'or'), fc.array(tie('expr'), { minLength: 1, maxLength: 4 }))
      .map(([op, [first, ...rest]]) => rql[op](first as RqlNode, ...rest)),
    tie('expr').map((arg) => rql.not(arg)),
  ),
}));

const signed = fc.tuple(fc.constantFrom('', '+', '-'), fieldName).map(([sign, f]) => sign + f);

const builtQuery = fc
  .record({
    filters: fc.array(expr, { maxLength: 3 }),
    ordering: fc.array(signed, { maxLength: 3 }),
    select: fc.array(signed, { maxLength: 3 }),
    search: fc.option(nastyString, { nil: undefined }),
    limit: fc.option(fc.nat(), { nil: undefined }),
    offset: fc.option(fc.nat(), { nil: undefined }),
  })
  .map((r) => {
    let q = query().ordering(...r.ordering).select(...r.select).search(r.search).limit(r.limit).offset(r.offset);
    for (const f of r.filters) q = q.filter(f);
    return q;
  });

describe('round trip (property)', () => {
  it('builder → string → parseQuery gives back the builder AST', () => {
    fc.assert(
      fc.property(builtQuery, (q) => {
        const text = q.toString();
        fc.pre(text.length <= MAX_QUERY_LENGTH);
        const parsed = parseQuery(text);
        expect(parsed).toEqual({ ...q.parts, params: {} });
        // Serialising the parsed query gives the same bytes: the encoding is canonical.
        expect(toQueryString(parsed)).toBe(text);
        // A WHATWG URL (what fetch and the emulator use) leaves the builder's output untouched.
        expect(new URL(`http://h/p?${text}`).search).toBe(text === '' ? '' : `?${text}`);
      }),
      settings,
    );
  });

  it('a single expression round-trips through parseRql after URL-decoding', () => {
    fc.assert(
      fc.property(expr, (node) => {
        const text = toRql(node);
        fc.pre(text.length <= MAX_QUERY_LENGTH);
        // The same text, decoded the way a server framework would, is still the same expression.
        expect(parseRql(decodeURIComponent(text))).toEqual(node);
        // Builder output only ever contains URL-safe characters.
        expect(text).toMatch(/^[\w.~*:@%(),-]*$/);
      }),
      settings,
    );
  });
});

describe('garbage in (property)', () => {
  const rqlish = fc
    .array(
      fc.oneof(
        special,
        fc.constantFrom('and(', 'or(', 'not(', 'in(', 'eq(', 'like(', 'ordering(', 'select(', 'limit=', 'offset=', 'search='),
        fc.string({ unit: 'binary', maxLength: 3 }),
        fc.constantFrom('%C3%A9', '%F0%9F%98%80', '%C3', '%E2%82', '%ED%A0%80', '%FF', '%'),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));

  const onlySyntaxErrors = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof RqlSyntaxError)) throw error;
      expect(error.position).toBeGreaterThanOrEqual(0);
    }
  };

  it('parseQuery and parseRql throw nothing but RqlSyntaxError', () => {
    fc.assert(
      fc.property(fc.oneof(rqlish, fc.string({ unit: 'binary' }), fc.string()), (text) => {
        onlySyntaxErrors(() => parseQuery(text));
        onlySyntaxErrors(() => parseRql(text));
      }),
      { ...settings, numRuns: 3000 },
    );
  });

  it('mutated valid queries throw nothing but RqlSyntaxError, with a position inside the input', () => {
    fc.assert(
      fc.property(builtQuery, fc.nat(), fc.nat({ max: 8 }), special, (q, at, cut, insert) => {
        const text = q.toString();
        const index = text.length === 0 ? 0 : at % text.length;
        const mutated = text.slice(0, index) + insert + text.slice(index + cut);
        try {
          parseQuery(mutated);
        } catch (error) {
          if (!(error instanceof RqlSyntaxError)) throw error;
          expect(error.position).toBeLessThanOrEqual(Math.max(mutated.length, MAX_QUERY_LENGTH));
        }
      }),
      settings,
    );
  });
});
