/**
 * The RQL abstract syntax tree shared by the builder (SDK side), the parser and the evaluator (emulator side).
 *
 * Nodes are plain readonly objects so that the builder's output and the parser's output can be compared with a deep
 * equality check, serialised as JSON, and produced without classes (the SDK ships the builder to browsers).
 *
 * Every node is generic over the field names `F` it may mention, so a query typed for one resource rejects the field
 * names of another at compile time. The default `string` accepts any field.
 */

/**
 * A string value. `quoted` records whether the text was (or will be) written in quotes: the parser sets it from the
 * input, the builder sets it when the text cannot be written bare. It carries no meaning for comparisons; it is
 * kept so that a parsed query re-serialises as it was written and so that builder and parser produce equal trees.
 */
export interface RqlString {
  readonly type: 'string';
  readonly value: string;
  readonly quoted: boolean;
}

/**
 * A bare numeric token such as `42`, `-1.5` or `1e+21`. `raw` is the exact text: the evaluator compares it as text
 * when the field holds a string (so `eq(code,007)` matches the string `"007"`), and as `value` when the field holds a
 * number.
 */
export interface RqlNumber {
  readonly type: 'number';
  readonly value: number;
  readonly raw: string;
}

/** `true()` or `false()`. A bare `true` is a string; the evaluator still matches it against a boolean field. */
export interface RqlBoolean {
  readonly type: 'boolean';
  readonly value: boolean;
}

/** `null()`: the field is null or absent. */
export interface RqlNull {
  readonly type: 'null';
}

/** `empty()`: the field is the empty string or an empty list (but not null). */
export interface RqlEmpty {
  readonly type: 'empty';
}

/** Any value that can stand on the right-hand side of a comparison or in an `in`/`out` list. Dates are strings. */
export type RqlValue = RqlString | RqlNumber | RqlBoolean | RqlNull | RqlEmpty;

/** Operators that compare a field with one value. */
export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
/** Operators that compare a field with a list of values. */
export type ListOperator = 'in' | 'out';
/** Glob matching operators: `like` is case-sensitive, `ilike` is not. */
export type LikeOperator = 'like' | 'ilike';
/** Every operator that names a field; the emulator allows a subset of these per field. */
export type FieldOperator = ComparisonOperator | ListOperator | LikeOperator;

/** `eq(field,value)` and friends. */
export interface ComparisonNode<F extends string = string> {
  readonly op: ComparisonOperator;
  readonly field: F;
  readonly value: RqlValue;
}

/** `in(field,(v1,v2))` / `out(field,(v1,v2))`; never empty. */
export interface ListNode<F extends string = string> {
  readonly op: ListOperator;
  readonly field: F;
  readonly values: readonly RqlValue[];
}

/**
 * `like(field,pattern)` / `ilike(field,pattern)`. The pattern is a glob after unquoting: `*` matches any run of
 * characters, `\*` a literal star and `\\` a literal backslash; any other character (including a `\` before anything
 * else) matches itself.
 */
export interface LikeNode<F extends string = string> {
  readonly op: LikeOperator;
  readonly field: F;
  readonly pattern: string;
}

/** `and(a,b,...)` / `or(a,b,...)`, with at least one argument. */
export interface LogicalNode<F extends string = string> {
  readonly op: 'and' | 'or';
  readonly args: readonly RqlNode<F>[];
}

/** `not(a)`. */
export interface NotNode<F extends string = string> {
  readonly op: 'not';
  readonly arg: RqlNode<F>;
}

/** Any filter expression. */
export type RqlNode<F extends string = string> =
  | ComparisonNode<F>
  | ListNode<F>
  | LikeNode<F>
  | LogicalNode<F>
  | NotNode<F>;

/** One key of `ordering(-a,b)`. */
export interface OrderingTerm<F extends string = string> {
  readonly field: F;
  readonly direction: 'asc' | 'desc';
}

/** One entry of `select(+a,-b,c)`; a missing sign means include. */
export interface SelectTerm<F extends string = string> {
  readonly field: F;
  readonly include: boolean;
}

/** Everything a list query says, as built by the query builder or read by the parser. */
export interface RqlQueryParts<F extends string = string, S extends string = string> {
  /** All filter terms ANDed together: one term as is, several wrapped in an `and` node. */
  readonly filter: RqlNode<F> | undefined;
  readonly ordering: readonly OrderingTerm<F>[];
  readonly select: readonly SelectTerm<S>[];
  readonly search?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** The result of `parseQuery`: the query's parts plus any non-RQL `key=value` parameters the caller asked for. */
export interface ParsedQuery extends RqlQueryParts {
  readonly params: Readonly<Record<string, string>>;
}
