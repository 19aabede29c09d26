/**
 * Turns a parsed RQL filter into a predicate over the emulator's in-memory wire objects.
 *
 * Semantics (chosen to match what Connect's lib-rql does on its database, as far as it is observable):
 *
 * - Fields are dotted paths. Arrays on the way fan out and a term matches if any element matches
 *   (`eq(permissions.object.id,MD-0001)`); an array at the end is matched element-wise too (`eq(tags,prod)`).
 * - `eq` compares numbers with numbers and booleans with `true()`/`false()` by value; everything else as text: the
 *   field's `String()` (a `Date` as its ISO string) against the token as written (`raw` for numbers, so
 *   `eq(code,007)` matches the string `"007"` and a bare `true` matches a boolean `true`). Objects never match.
 * - `gt`/`ge`/`lt`/`le`: numbers numerically; ISO dates (`YYYY-MM-DD...`) chronologically when both the field and
 *   the value parse as dates; booleans as false < true; otherwise as text, in UTF-16 code unit order. A null or
 *   missing field never matches.
 * - `like` is a case-sensitive glob, `ilike` a case-insensitive one (`*` any run, `\*` a literal star); numbers and
 *   booleans are matched as their text, null never matches.
 * - `null()` matches `null` and a missing field. `empty()` matches `''` and `[]`, but not null: "set to nothing"
 *   and "not set" stay distinguishable, as they are in Connect.
 * - `ne`, `out` and `not` are exact negations of `eq`, `in` and the inner term: `ne(tags,prod)` means no tag is
 *   `prod`, and `ne(extension.id,null())` means the field is set.
 *
 * Every field and operator is checked against the endpoint's rules once, when compiling, so a bad query fails before
 * any item is looked at. Everything that depends only on the query (lower-cased glob pieces, the parsed date of a
 * comparison, the value set of `in`) is prepared then too, so a list of 100k items pays only per-item work.
 */
import type { RqlNode, RqlValue } from '@connect-tokens/protocol';
import { RqlFieldError } from '@connect-tokens/protocol';
import { compileGlob } from './glob';
import { compilePath, type FieldReader, type FieldReaders } from './path';

/** Which operators each filterable field allows, e.g. `{ status: ['eq', 'ne', 'in', 'out'] }` (the spec's `x-rql`). */
export type FilterRules = Readonly<Record<string, readonly string[]>>;

/** Options of `compileFilter`. */
export interface CompileFilterOptions {
  /** Allowed fields and their operators; anything else is an `RqlFieldError`. */
  readonly fields: FilterRules;
  /**
   * How to read a field (e.g. straight from store records rather than wire objects); fields it returns `undefined`
   * for are read from the item as a dotted path.
   */
  readonly readers?: FieldReaders;
}

/** A compiled filter. */
export type Predicate = (item: unknown) => boolean;

type Scalar = (value: unknown) => boolean;

const ISO_DATE = /^[+-]?\d{4,6}-\d{2}-\d{2}/;

/** A field value as comparable text, or `undefined` for null, missing values and objects. */
function asText(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return undefined;
}

/** The token's text as written. */
function tokenText(value: RqlValue): string {
  switch (value.type) {
    case 'string':
      return value.value;
    case 'number':
      return value.raw;
    case 'boolean':
      return String(value.value);
    default:
      return `${value.type}()`;
  }
}

/**
 * Milliseconds since the epoch if the text is an ISO-looking date, else `undefined`: how range filters decide that
 * a value is a date. Readers that memoize it (`FieldReader.time`) must use this.
 */
export function isoTime(text: string): number | undefined {
  if (!ISO_DATE.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : time;
}

/** Matches one non-array field value against `eq`'s value. */
function equalTo(value: RqlValue): Scalar {
  if (value.type === 'null') return (v) => v === null || v === undefined;
  if (value.type === 'empty') return (v) => v === '' || (Array.isArray(v) && v.length === 0);
  const text = tokenText(value);
  if (value.type === 'string') return (v) => (typeof v === 'string' ? v === text : asText(v) === text);
  return (v) => {
    if (value.type === 'number' && typeof v === 'number') return v === value.value;
    if (value.type === 'boolean' && typeof v === 'boolean') return v === value.value;
    return asText(v) === text;
  };
}

/** Matches one non-array field value against any of `in`'s values. */
function equalToAny(values: readonly RqlValue[]): Scalar {
  if (values.every((value) => value.type === 'string')) {
    // Only text tokens: `equalTo` is then exactly "the field's text is one of them".
    const texts = new Set(values.map(tokenText));
    return (v) => {
      const text = typeof v === 'string' ? v : asText(v);
      return text !== undefined && texts.has(text);
    };
  }
  const tests = values.map(equalTo);
  return (v) => tests.some((t) => t(v));
}

/**
 * `toISOString()`'s form with every part in a range where `Date.parse` neither rejects nor rolls over (days up to 28,
 * hours up to 23). Two such strings compare as text exactly as they compare chronologically.
 */
const CANONICAL_ISO = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
/** Years 0000 to 9999: the range in which `toISOString()` writes four-digit years. */
const CANONICAL_MIN = Date.parse('0000-01-01T00:00:00.000Z');
const CANONICAL_MAX = Date.parse('9999-12-31T23:59:59.999Z');

/** Matches one non-array field value against `gt`/`ge`/`lt`/`le`, given how the comparison result must look. */
function ordered(value: RqlValue, accept: (sign: number) => boolean): Scalar {
  const text = tokenText(value);
  const date = isoTime(text);
  // Stored timestamps are almost always in canonical form: comparing those as text saves a `Date.parse` per item.
  const canonical =
    date !== undefined && date >= CANONICAL_MIN && date <= CANONICAL_MAX ? new Date(date).toISOString() : undefined;
  return (v) => {
    if (typeof v === 'number' && value.type === 'number') return accept(Math.sign(v - value.value));
    if (typeof v === 'boolean' && value.type === 'boolean') return accept(Number(v) - Number(value.value));
    const own = asText(v);
    if (own === undefined) return false;
    if (canonical !== undefined && CANONICAL_ISO.test(own))
      return accept(own < canonical ? -1 : own > canonical ? 1 : 0);
    const ownDate = date === undefined ? undefined : isoTime(own);
    if (ownDate !== undefined && date !== undefined) return accept(Math.sign(ownDate - date));
    return accept(own < text ? -1 : own > text ? 1 : 0);
  };
}

const ORDER: Record<string, (sign: number) => boolean> = {
  gt: (s) => s > 0,
  ge: (s) => s >= 0,
  lt: (s) => s < 0,
  le: (s) => s <= 0,
};

/** Lifts a scalar test to a field: true if any value at the path (or any element of an array there) passes. */
function onField(reader: FieldReader, test: Scalar, wholeArrays: boolean): Predicate {
  const one = (v: unknown): boolean =>
    Array.isArray(v) ? (wholeArrays && test(v)) || v.some((element) => test(element)) : test(v);
  if (!reader.fansOut) {
    const read = reader.read;
    return (item) => one(read(item));
  }
  const read = reader.read;
  return (item) => read(item).some(one);
}

function checkAllowed(rules: FilterRules, field: string, op: string): void {
  if (!Object.hasOwn(rules, field)) {
    const known = Object.keys(rules);
    throw new RqlFieldError(
      field,
      undefined,
      `filtering on '${field}' is not allowed${known.length > 0 ? ` (filterable fields: ${known.join(', ')})` : ''}`,
    );
  }
  const ops = rules[field] ?? [];
  if (!ops.includes(op)) {
    throw new RqlFieldError(
      field,
      op,
      `operator '${op}' is not allowed on '${field}'${ops.length > 0 ? ` (allowed: ${ops.join(', ')})` : ''}`,
    );
  }
}

function compile(node: RqlNode, rules: FilterRules, readers: FieldReaders | undefined): Predicate {
  switch (node.op) {
    case 'and': {
      const args = node.args.map((arg) => compile(arg, rules, readers));
      return (item) => {
        for (const p of args) if (!p(item)) return false;
        return true;
      };
    }
    case 'or': {
      const args = node.args.map((arg) => compile(arg, rules, readers));
      return (item) => {
        for (const p of args) if (p(item)) return true;
        return false;
      };
    }
    case 'not': {
      const arg = compile(node.arg, rules, readers);
      return (item) => !arg(item);
    }
    default:
      break;
  }
  checkAllowed(rules, node.field, node.op);
  const reader = readers?.(node.field) ?? compilePath(node.field.split('.'));
  switch (node.op) {
    case 'eq':
    case 'ne': {
      // `empty()` looks at a whole array; other values are compared with its elements.
      const eq = onField(reader, equalTo(node.value), node.value.type === 'empty');
      return node.op === 'eq' ? eq : (item) => !eq(item);
    }
    case 'in':
    case 'out': {
      const wholeArrays = node.values.some((v) => v.type === 'empty');
      const any = onField(reader, equalToAny(node.values), wholeArrays);
      return node.op === 'in' ? any : (item) => !any(item);
    }
    case 'like':
    case 'ilike': {
      if (node.op === 'ilike' && !reader.fansOut && reader.folded) {
        const folded = reader.folded;
        const glob = compileGlob(node.pattern, true, true);
        return (item) => {
          const text = folded(item);
          return text !== undefined && glob(text);
        };
      }
      const glob = compileGlob(node.pattern, node.op === 'ilike');
      return onField(
        reader,
        (v) => {
          const text = asText(v);
          return text !== undefined && glob(text);
        },
        false,
      );
    }
    default: {
      const accept = ORDER[node.op] as (sign: number) => boolean;
      const scalar = ordered(node.value, accept);
      const date = isoTime(tokenText(node.value));
      if (date !== undefined && !reader.fansOut && reader.time) {
        // Both are dates: chronological, as `ordered` compares them, from the reader's memo of the parsed date.
        const { time, read } = reader;
        return (item) => {
          const own = time(item);
          return own !== undefined ? accept(Math.sign(own - date)) : scalar(read(item));
        };
      }
      return onField(reader, scalar, false);
    }
  }
}

/**
 * Compiles a parsed filter into a predicate, after checking every field and operator against `options.fields`.
 * `undefined` (no filter) compiles to a predicate that accepts everything.
 *
 * @throws RqlFieldError naming the first field or operator that the rules do not allow.
 */
export function compileFilter(node: RqlNode | undefined, options: CompileFilterOptions): Predicate {
  return node ? compile(node, options.fields, options.readers) : () => true;
}
