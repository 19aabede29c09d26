import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expr, fieldName, nastyString } from '../../test/rql-arbitraries';
import { type Chooser, chooser, writeFilter, writeTerm } from '../../test/rql-surface-forms';
import type { RqlQueryParts } from './ast';
import { query } from './builder';
import { MAX_QUERY_LENGTH } from './limits';
import { parseQuery, parseRql } from './parser';
import { toQueryString, toRql } from './serialize';

/**
 * Runs are bounded by count; the timeout only keeps a loaded 2-core machine (several suites at once) from failing
 * them, it is not a speed check.
 */
const PROPERTY_TIMEOUT = 120_000;

/** Fixed seed so a failure reproduces; runs are bounded by count, never by time. */
const settings = { seed: 20261207, numRuns: 1500 } as const;
const choices = fc.array(fc.nat(), { minLength: 1, maxLength: 40 });

describe('surface forms (property)', { timeout: PROPERTY_TIMEOUT }, () => {
  it('every spelling of a random filter parses to the AST of its function form', () => {
    fc.assert(
      fc.property(expr, choices, (node, picks) => {
        const text = writeFilter(node, chooser(picks));
        fc.pre(text.length <= MAX_QUERY_LENGTH);
        expect(parseQuery(text).filter).toEqual(node);
        expect(parseRql(decodeURIComponent(text))).toEqual(node);
        // Serialising what was parsed gives the canonical function form, whatever the spelling.
        expect(toRql(parseQuery(text).filter!)).toBe(toRql(node));
      }),
      settings,
    );
  });

  it('the spellings differ from the function form most of the time, so the property tests more than one form', () => {
    let differ = 0;
    fc.assert(
      fc.property(expr, choices, (node, picks) => {
        if (writeFilter(node, chooser(picks)) !== toRql(node)) differ++;
      }),
      { ...settings, numRuns: 200 },
    );
    expect(differ).toBeGreaterThan(100);
  });

  it('the parts of a random query, in any order and joined by & or ,, parse to the same query', () => {
    const signed = fc.tuple(fc.constantFrom('', '+', '-'), fieldName).map(([sign, f]) => sign + f);
    const built = fc.record({
      filter: fc.option(expr, { nil: undefined }),
      ordering: fc.array(signed, { maxLength: 3 }),
      select: fc.array(signed, { maxLength: 3 }),
      search: fc.option(nastyString, { nil: undefined }),
      limit: fc.option(fc.nat(), { nil: undefined }),
      offset: fc.option(fc.nat(), { nil: undefined }),
    });
    fc.assert(
      fc.property(built, choices, (r, picks) => {
        let q = query()
          .ordering(...r.ordering)
          .select(...r.select)
          .search(r.search)
          .limit(r.limit)
          .offset(r.offset);
        if (r.filter) q = q.filter(r.filter);
        const text = spellQuery(q.parts, chooser(picks));
        fc.pre(text.length <= MAX_QUERY_LENGTH);
        expect(parseQuery(text)).toEqual({ ...q.parts, params: {} });
      }),
      settings,
    );
  });
});

/** The query's parts as top-level terms: filter conjuncts in order, the other parts anywhere among them, `&` or `,`. */
function spellQuery(parts: RqlQueryParts, choose: Chooser): string {
  const filter = parts.filter;
  const conjuncts = !filter
    ? []
    : filter.op === 'and' && filter.args.length >= 2 && choose(2) === 0
      ? filter.args
      : [filter];
  const terms = conjuncts.map((node) => writeTerm(node, choose));
  const none = { filter: undefined, ordering: [], select: [] };
  const others = [
    toQueryString({ ...none, ordering: parts.ordering }),
    toQueryString({ ...none, select: parts.select }),
    toQueryString({ ...none, search: parts.search }),
    toQueryString({ ...none, limit: parts.limit }),
    toQueryString({ ...none, offset: parts.offset }),
  ].filter((t) => t !== '');
  for (const other of others) terms.splice(choose(terms.length + 1), 0, other);
  return terms.map((t, i) => (i === 0 ? t : (choose(2) === 0 ? '&' : ',') + t)).join('');
}
