import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expr } from '../../test/rql-arbitraries';
import { chooser, writeFilter } from '../../test/rql-surface-forms';
import { MAX_QUERY_LENGTH } from './limits';
import { parseQuery, parseRql } from './parser';
import { toRql } from './serialize';

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
});
