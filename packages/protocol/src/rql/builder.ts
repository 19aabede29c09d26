/**
 * The immutable RQL builder the SDK uses to compose list queries.
 *
 * ```ts
 * const q = query<'id' | 'name' | 'status'>()
 *   .filter(rql.and(rql.eq('status', 'active'), rql.ilike('name', '*prod*')))
 *   .ordering('-name', 'id')
 *   .limit(100);
 * q.toString(); // 'and(eq(status,active),ilike(name,*prod*))&ordering(-name,id)&limit=100'
 * ```
 *
 * Escaping rules (details in `serialize.ts`): values are never pasted into the query as they are.
 * - Strings are written bare only when lib-rql reads them back as the same text (`active`, `EXT-000`,
 *   `user@example.com`; never a number-like `42`); anything else is quoted verbatim, in `"…"`, or in `'…'` when the
 *   text holds a `"` (lib-rql's quoted values have no escapes, so text holding both quote characters throws a
 *   `RangeError`: at build time for values, when the query is written for `like` patterns and `search`). Then every value character outside `A-Z a-z 0-9 _ . ~ * : @ -` is percent-encoded (UTF-8). Any
 *   other string, including `''`, `null()`, `a,b)&x=1`, or emoji, reads back from the parser as the same string.
 * - Numbers become `String(n)` (finite only), booleans `true`/`false` (as Connect reads boolean filters), `null`
 *   becomes `null()`, a `Date` its ISO string (`toISOString()`).
 * - In `like`/`ilike` patterns `*` is the wildcard. To match a literal `*` write `\*` (and `\\` for a literal
 *   backslash); `escapeLike(text)` does that for user input: `rql.ilike('name', `*${escapeLike(input)}*`)`.
 * - Field names must be lib-rql property names, `[a-zA-Z][\w\-.]*` (`events.created.at`); anything else throws, so
 *   a field can never smuggle syntax into the query.
 *
 * Invalid input (a bad field name, a non-finite number, an invalid date, an empty `in` list) throws a `TypeError` or
 * `RangeError` at build time rather than producing a query the server would reject.
 */
import type {
  ComparisonNode,
  ComparisonOperator,
  LikeNode,
  ListNode,
  LogicalNode,
  NotNode,
  OrderingTerm,
  RqlNode,
  RqlQueryParts,
  RqlValue,
  SelectTerm,
} from './ast';
import { MAX_LIST_VALUES } from './limits';
import { needsQuotes, quote, toQueryString } from './serialize';

/** What the builder accepts as a value. `null` means `null()`. */
export type RqlInput = string | number | boolean | Date | null;
/** What the builder accepts for `gt`/`ge`/`lt`/`le`. */
export type RqlOrderable = string | number | Date;

/** lib-rql's property names (ASCII): a letter, then letters, digits, `_`, `-` and `.` (`events.created.at`). */
const FIELD = /^[A-Za-z][\w.-]*$/;

function field<K extends string>(name: K): K {
  if (!FIELD.test(name)) throw new TypeError(`Invalid RQL field name: ${JSON.stringify(name)}`);
  return name;
}

/** Converts a JS value to the AST value the parser would produce for its serialised form. */
export function toRqlValue(input: RqlInput): RqlValue {
  if (input === null) return { type: 'null' };
  // lib-rql has no boolean literal: django-rql reads `true`/`false` against boolean fields (and `true()` is a syntax
  // error there), so a boolean travels as its bare text.
  if (typeof input === 'boolean') return { type: 'string', value: String(input), quoted: false };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new RangeError(`RQL numbers must be finite, got ${input}`);
    const raw = String(input);
    return { type: 'number', value: Number(raw), raw };
  }
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new RangeError('Invalid Date in RQL value');
    input = input.toISOString();
  }
  if (typeof input !== 'string') throw new TypeError(`Unsupported RQL value: ${typeof input}`);
  const quoted = needsQuotes(input);
  if (quoted) quote(input); // throws now, at build time, for text no RQL value can carry
  return { type: 'string', value: input, quoted };
}

/** Escapes `\` and `*` so that text is matched literally inside a `like`/`ilike` pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\*]/g, '\\$&');
}

/**
 * Operator functions. Each one returns a plain AST node. Field names are checked against `F` at compile time (and
 * inferred as literals, so `query<'a'>().filter(rql.eq('b', 1))` is a type error) and against `\w+(\.\w+)*` at run
 * time.
 */
export interface RqlOps<F extends string = string> {
  eq<K extends F>(field: K, value: RqlInput): ComparisonNode<K>;
  ne<K extends F>(field: K, value: RqlInput): ComparisonNode<K>;
  gt<K extends F>(field: K, value: RqlOrderable): ComparisonNode<K>;
  ge<K extends F>(field: K, value: RqlOrderable): ComparisonNode<K>;
  lt<K extends F>(field: K, value: RqlOrderable): ComparisonNode<K>;
  le<K extends F>(field: K, value: RqlOrderable): ComparisonNode<K>;
  /** `in(field,(v1,...))`; 1 to 1000 values. */
  in<K extends F>(field: K, values: readonly RqlInput[]): ListNode<K>;
  /** `out(field,(v1,...))`; 1 to 1000 values. */
  out<K extends F>(field: K, values: readonly RqlInput[]): ListNode<K>;
  /** Case-sensitive glob: `*` is a wildcard, `\*` a literal star (see `escapeLike`). */
  like<K extends F>(field: K, pattern: string): LikeNode<K>;
  /** Case-insensitive glob: `*` is a wildcard, `\*` a literal star (see `escapeLike`). */
  ilike<K extends F>(field: K, pattern: string): LikeNode<K>;
  /** `eq(field,null())`, or `ne(field,null())` when `isNull` is false. */
  null<K extends F>(field: K, isNull?: boolean): ComparisonNode<K>;
  /** `eq(field,empty())`, or `ne(field,empty())` when `isEmpty` is false. */
  empty<K extends F>(field: K, isEmpty?: boolean): ComparisonNode<K>;
  and<K extends F>(...args: [RqlNode<K>, ...RqlNode<K>[]]): LogicalNode<K>;
  or<K extends F>(...args: [RqlNode<K>, ...RqlNode<K>[]]): LogicalNode<K>;
  not<K extends F>(arg: RqlNode<K>): NotNode<K>;
}

function compare(op: ComparisonOperator) {
  return <K extends string>(name: K, value: RqlInput): ComparisonNode<K> => {
    // Keeps plain-JS callers from building `gt(f,null())`, which the parser rejects.
    if (value === null && op !== 'eq' && op !== 'ne') throw new TypeError(`${op}() needs a value, got null`);
    return { op, field: field(name), value: toRqlValue(value) };
  };
}

function list(op: 'in' | 'out') {
  return <K extends string>(name: K, values: readonly RqlInput[]): ListNode<K> => {
    if (values.length === 0 || values.length > MAX_LIST_VALUES) {
      throw new RangeError(`${op}() needs 1 to ${MAX_LIST_VALUES} values, got ${values.length}`);
    }
    return { op, field: field(name), values: values.map(toRqlValue) };
  };
}

function logical(op: 'and' | 'or') {
  return <K extends string>(...args: RqlNode<K>[]): LogicalNode<K> => {
    if (args.length === 0) throw new RangeError(`${op}() needs at least one expression`);
    return { op, args };
  };
}

const marker =
  (type: 'null' | 'empty') =>
  <K extends string>(name: K, yes = true): ComparisonNode<K> => ({
    op: yes ? 'eq' : 'ne',
    field: field(name),
    value: { type },
  });

const ops: RqlOps = {
  eq: compare('eq'),
  ne: compare('ne'),
  gt: compare('gt'),
  ge: compare('ge'),
  lt: compare('lt'),
  le: compare('le'),
  in: list('in'),
  out: list('out'),
  like: (name, pattern) => ({ op: 'like', field: field(name), pattern: String(pattern) }),
  ilike: (name, pattern) => ({ op: 'ilike', field: field(name), pattern: String(pattern) }),
  null: marker('null'),
  empty: marker('empty'),
  and: logical('and'),
  or: logical('or'),
  not: (arg) => ({ op: 'not', arg }),
};

/**
 * The operator functions, usable directly (`rql.eq('status', 'active')`) or narrowed to a resource's fields
 * (`const r = rql<'id' | 'name'>(); r.eq('nmae', 'x') // type error`).
 */
export const rql: RqlOps & (<F extends string>() => RqlOps<F>) = Object.assign(
  <F extends string>(): RqlOps<F> => ops as RqlOps<F>,
  ops,
);

/** A key of `ordering()`: `field` or `+field` ascending, `-field` descending. */
export type OrderingKey<F extends string> = F | `+${F}` | `-${F}`;
/** An entry of `select()`: `field` or `+field` includes, `-field` excludes. */
export type SelectKey<S extends string> = S | `+${S}` | `-${S}`;

/** Splits a `+a` / `-a` / `a` key into its sign and validated field name. */
function signed<K extends string>(key: string): [minus: boolean, name: K] {
  const minus = key.startsWith('-');
  return [minus, field((minus || key.startsWith('+') ? key.slice(1) : key) as K)];
}

function count(what: string, n: number | undefined): number | undefined {
  if (n !== undefined && !(Number.isSafeInteger(n) && n >= 0)) {
    throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
  }
  return n;
}

/**
 * An immutable list query. Every method returns a new query; `toString()` gives the query string (without `?`).
 *
 * `F` narrows the fields that may be filtered and ordered on, `S` the fields that may be selected.
 */
export class RqlQuery<F extends string = string, S extends string = string> {
  /** The query's parts, in the same shape `parseQuery` returns (minus `params`). */
  readonly parts: RqlQueryParts<F, S>;

  /** Prefer `query()`. */
  constructor(parts: RqlQueryParts<F, S> = { filter: undefined, ordering: [], select: [] }) {
    this.parts = Object.freeze({ ...parts });
  }

  #with(change: Partial<RqlQueryParts<F, S>>): RqlQuery<F, S> {
    return new RqlQuery<F, S>({ ...this.parts, ...change });
  }

  /**
   * ANDs an expression into the filter. Pass a node or a function receiving the typed operators:
   * `.filter((r) => r.eq('status', 'active'))`. Several calls give `and(first,second,...)`.
   */
  filter(expr: RqlNode<F> | ((ops: RqlOps<F>) => RqlNode<F>)): RqlQuery<F, S> {
    const node = typeof expr === 'function' ? expr(ops as RqlOps<F>) : expr;
    const prev = this.parts.filter;
    // AND is associative, so appending to an existing `and` keeps the query flat and readable.
    return this.#with({
      filter: prev ? { op: 'and', args: prev.op === 'and' ? [...prev.args, node] : [prev, node] } : node,
    });
  }

  /** Replaces the sort keys: `.ordering('-events.created.at', 'name')`. No keys removes the ordering. */
  ordering(...keys: OrderingKey<F>[]): RqlQuery<F, S> {
    const ordering = keys.map((key): OrderingTerm<F> => {
      const [minus, name] = signed<F>(key);
      return { field: name, direction: minus ? 'desc' : 'asc' };
    });
    return this.#with({ ordering });
  }

  /** Replaces the field selection: `.select('-permissions', '+extension')`. No keys removes the selection. */
  select(...keys: SelectKey<S>[]): RqlQuery<F, S> {
    const select = keys.map((key): SelectTerm<S> => {
      const [minus, name] = signed<S>(key);
      return { field: name, include: !minus };
    });
    return this.#with({ select });
  }

  /** Sets (or with `undefined` or `''`, clears) the free-text search. */
  search(term: string | undefined): RqlQuery<F, S> {
    return this.#with({ search: term || undefined });
  }

  /** Sets (or clears) the page size. */
  limit(limit: number | undefined): RqlQuery<F, S> {
    return this.#with({ limit: count('limit', limit) });
  }

  /** Sets (or clears) the number of items to skip. */
  offset(offset: number | undefined): RqlQuery<F, S> {
    return this.#with({ offset: count('offset', offset) });
  }

  /** Sets both pagination parameters at once, which is what a paginating client does for every page. */
  page(limit: number, offset: number): RqlQuery<F, S> {
    return this.limit(limit).offset(offset);
  }

  /** The query string, ready to append after `?`; `''` for an empty query. */
  toString(): string {
    return toQueryString(this.parts);
  }
}

/** Starts an empty query, optionally typed: `query<TokenFilterField, TokenSelectField>()`. */
export function query<F extends string = string, S extends string = string>(): RqlQuery<F, S> {
  return new RqlQuery<F, S>();
}
