/**
 * Test support: fast-check arbitraries of RQL input (hostile strings, lib-rql property names, builder-made filter
 * ASTs), shared by the round-trip and surface-form property tests.
 */
import fc from 'fast-check';
import type { RqlNode } from '../src/rql/ast';
import { type RqlInput, escapeLike, rql } from '../src/rql/builder';

/** Characters that mean something to RQL, to URLs or to our escaping, plus text that looks like syntax. */
export const special = fc.constantFrom(
  '(',
  ')',
  ',',
  '"',
  "'",
  '\\',
  '&',
  '=',
  '*',
  '%',
  '+',
  '-',
  '.',
  ' ',
  '\t',
  '\n',
  '?',
  '#',
  '/',
  'null()',
  'empty()',
  'true()',
  'eq(a,1)',
  '%20',
  '%2',
  '%ZZ',
  '42',
  '-1.5e3',
  '2024-01-01T00:00:00Z',
  'é',
  '😀',
  '\u0000',
  '\u200b',
  '\uFEFF',
  '\u{10FFFF}',
);
/** RQL carries any text except one holding both quote characters (lib-rql's quoted values have no escapes). */
const expressible = (text: string): boolean => !(text.includes('"') && text.includes("'"));
export const nastyString = fc
  .array(fc.oneof(special, fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ maxLength: 4 })), { maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter(expressible);

/** lib-rql property names; `search`, `limit` and `offset` are query parameters, not filters. */
export const fieldName = fc
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

export const { expr } = fc.letrec<{ expr: RqlNode }>((tie) => ({
  expr: fc.oneof(
    { maxDepth: 6, depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(fc.constantFrom('and', 'or'), fc.array(tie('expr'), { minLength: 1, maxLength: 4 }))
      .map(([op, [first, ...rest]]) => rql[op](first as RqlNode, ...rest)),
    tie('expr').map((arg) => rql.not(arg)),
  ),
}));
