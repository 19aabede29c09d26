import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expr, fieldName, nastyString, special } from '../../test/rql-arbitraries';
import { query } from './builder';
import { RqlSyntaxError } from './errors';
import { MAX_QUERY_LENGTH } from './limits';
import { parseQuery, parseRql } from './parser';
import { toQueryString, toRql } from './serialize';

/**
 * Runs are bounded by count; the timeout only keeps a loaded 2-core machine (several suites at once) from failing
 * them, it is not a speed check.
 */
const PROPERTY_TIMEOUT = 120_000;

/** Fixed seed so a failure reproduces; bump `numRuns` locally to search harder. */
const settings = { seed: 20240501, numRuns: 1500 } as const;

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
    let q = query()
      .ordering(...r.ordering)
      .select(...r.select)
      .search(r.search)
      .limit(r.limit)
      .offset(r.offset);
    for (const f of r.filters) q = q.filter(f);
    return q;
  });

describe('round trip (property)', { timeout: PROPERTY_TIMEOUT }, () => {
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

describe('garbage in (property)', { timeout: PROPERTY_TIMEOUT }, () => {
  const rqlish = fc
    .array(
      fc.oneof(
        special,
        fc.constantFrom(
          'and(',
          'or(',
          'not(',
          'in(',
          'eq(',
          'like(',
          'ordering(',
          'select(',
          'limit=',
          'offset=',
          'search=',
        ),
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
