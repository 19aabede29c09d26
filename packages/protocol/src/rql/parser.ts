/**
 * RQL text → AST, for the emulator (and for the SDK's `@connect-tokens/sdk/rql` entry).
 *
 * The language is the one Connect accepts: lib-rql's grammar (`py_rql/grammar.py`, read by django-rql from the
 * percent-decoded query string), with no whitespace between tokens:
 *
 * ```text
 * query      = [ chain ("," chain)* ]                ; top-level "," and "&" both mean and
 * chain      = primary ("&" primary)*                ; a&b&c → and(a,b,c)
 * primary    = "(" chain ( ("," chain)* | ("|" chain)+ | (";" chain)+ ) ")"
 *                                                    ; (a) = a, (a,b) = and, (a|b) = (a;b) = or
 *            | ("and" | "or") "(" chain ("," chain)* ")"
 *            | "not" "(" chain ")"
 *            | cmp "(" prop "," value ")"             ; cmp: eq ne gt ge lt le
 *            | prop "=" cmp "=" value | prop "=" value ; the same comparison, shorthand
 *            | ("in" | "out") "(" prop "," "(" value ("," value)* ")" ")"
 *            | ("like" | "ilike") "(" prop "," value ")"
 *            | ("ordering" | "select") "(" [ sign prop ("," sign prop)* ] ")"   ; top level only
 *            | "t" "(" comparison ("," comparison)* ")" ; a tuple: and of its comparisons
 * value      = '"' [^"]* '"' | "'" [^']* "'"          ; verbatim: no escapes, as in lib-rql
 *            | "null()" | "empty()" | "true()" | "false()"
 *            | "t(" ... ")"                           ; prop=t(a=1,b=2) → and(prop.a=1,prop.b=2)
 *            | [\w\-*+\\] [\w.\s\-:+@*\\]*            ; bare; a number if it looks like one
 * prop       = [a-zA-Z] [\w\-.]*                      ; operator words are props too: and=1, eq(in,or)
 * ```
 *
 * Every spelling of a comparison or a logical operator parses to the same node, so `status=ne=active`,
 * `ne(status,active)` and `(ne(status,active))` are one AST. Where we accept more than lib-rql, it is deliberate and
 * harmless: `not(…)` takes any expression (lib-rql only a single comparison, list or search) and `and(x)` / `or(x)`
 * may have one argument, so every query our builder has ever written still reads; `true()` / `false()` are booleans;
 * and a `t` not followed by `(` is an ordinary word (lib-rql's lexer takes it for the tuple keyword and fails).
 *
 * Every step is a single forward scan, so parsing is linear in the input; recursion is bounded by `MAX_DEPTH` and
 * the input by `MAX_QUERY_LENGTH`, so no input can overflow the stack or hang.
 */
import type { ComparisonOperator, OrderingTerm, ParsedQuery, RqlNode, RqlValue, SelectTerm } from './ast';
import { percentDecode } from './decode';
import { RqlSyntaxError } from './errors';
import { MAX_DEPTH, MAX_LIST_VALUES, MAX_QUERY_LENGTH } from './limits';
import { looksLikeNumber } from './serialize';

/** Options of `parseQuery`. */
export interface ParseQueryOptions {
  /**
   * Keys whose top-level `key=value` terms are plain parameters, returned in `params`, rather than `eq` filters.
   * `search`, `limit` and `offset` are always special.
   */
  readonly params?: readonly string[];
}

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const CONSTANTS: ReadonlyArray<[string, RqlValue]> = [
  ['null()', { type: 'null' }],
  ['empty()', { type: 'empty' }],
  ['true()', { type: 'boolean', value: true }],
  ['false()', { type: 'boolean', value: false }],
];
/** Keys that configure the list rather than filter it; django-rql allows them at the top level only. */
const PAGING_AND_SEARCH = new Set(['search', 'limit', 'offset']);

// lib-rql's terminals. Python's `\w` is Unicode-aware (letters, digits, `_`), hence `\p{L}\p{N}_`.
const PROP_START = /[A-Za-z]/;
const PROP_CHAR = /[\p{L}\p{N}_.-]/u;
const BARE_START = /[\p{L}\p{N}_\-*+\\]/u;
const BARE_CHAR = /[\p{L}\p{N}_.\s\-:+@*\\]/u;

/** A character class: its ASCII part as a lookup table (the common case, and the hot loop), the rest by its regex. */
interface CharClass {
  readonly ascii: Uint8Array;
  readonly re: RegExp;
}
function charClass(re: RegExp): CharClass {
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return { ascii, re };
}
// Pure: a bundle that only builds queries drops the parser, tables included.
const PROP_CHARS = /* @__PURE__ */ charClass(PROP_CHAR);
const BARE_CHARS = /* @__PURE__ */ charClass(BARE_CHAR);

const show = (c: string | undefined): string => (c === undefined ? 'end of input' : `'${c}'`);

/** `ordering(…)` or `select(…)`: not a filter, so it only lives at the top level of a query. */
interface Directive {
  readonly op: 'ordering' | 'select';
  readonly keys: ReadonlyArray<readonly [minus: boolean, field: string]>;
  readonly at: number;
}
type Item = RqlNode | Directive;

const isDirective = (item: Item): item is Directive => item.op === 'ordering' || item.op === 'select';

/**
 * A recursive-descent reader over decoded text. `pos` maps an index of `text` to a position in the caller's input,
 * for error messages; `starts` remembers where each comparison began, so that a misplaced one can be pointed at.
 */
function reader(text: string, pos: (i: number) => number) {
  let i = 0;
  const starts = new WeakMap<object, number>();

  const fail = (at: number, reason: string): never => {
    const before = text.slice(Math.max(0, at - 40), at);
    const context = at === 0 ? '' : ` after '${at > 40 ? '…' : ''}${before}'`;
    throw new RqlSyntaxError(pos(at), reason + context);
  };
  /** The code point at `k` (both halves of a surrogate pair), or undefined at the end. */
  const charAt = (k: number): string | undefined => {
    const cp = text.codePointAt(k);
    return cp === undefined ? undefined : String.fromCodePoint(cp);
  };
  const expect = (ch: string, what = `'${ch}'`): void => {
    if (text[i] !== ch) fail(i, `expected ${what}${i < text.length ? ` but found ${show(charAt(i))}` : ''}`);
    i++;
  };
  // After the last argument of a call: `)` closes it; a `,` means the argument count is wrong.
  const close = (name: string, arity: string): void => {
    if (text[i] === ',') fail(i, `'${name}' takes ${arity}`);
    expect(')');
  };
  const comma = (name: string, arity: string): void => {
    if (text[i] === ')') fail(i, `'${name}' takes ${arity}`);
    expect(',');
  };
  /** The end of the run of characters of `cls` (by code point) from `from`, without moving. */
  const runEnd = (from: number, cls: CharClass): number => {
    let k = from;
    while (k < text.length) {
      const code = text.charCodeAt(k);
      if (code < 128) {
        if (cls.ascii[code] === 0) break;
        k++;
        continue;
      }
      const c = charAt(k) as string;
      if (!cls.re.test(c)) break;
      k += c.length;
    }
    return k;
  };

  /** lib-rql's PROP, or '' when there is none at `i`. Does not move. */
  const propEnd = (): number => (PROP_START.test(text[i] ?? '') ? runEnd(i + 1, PROP_CHARS) : i);

  const prop = (): string => {
    const end = propEnd();
    if (end === i) fail(i, `expected a property name${i < text.length ? ` but found ${show(charAt(i))}` : ''}`);
    const name = text.slice(i, end);
    i = end;
    return name;
  };

  const quoted = (): string => {
    const q = text[i] as string;
    const start = i;
    const end = text.indexOf(q, i + 1);
    if (end < 0) return fail(start, 'unterminated quoted string');
    i = end + 1;
    return text.slice(start + 1, end);
  };

  /** The end of a bare value at `i` (`i` itself when there is none). */
  const bareEnd = (): number => {
    const c = charAt(i);
    return c !== undefined && BARE_START.test(c) ? runEnd(i + c.length, BARE_CHARS) : i;
  };

  /** A value that is not a tuple. */
  const scalar = (): RqlValue => {
    const c = text[i];
    if (c === '"' || c === "'") return { type: 'string', value: quoted(), quoted: true };
    for (const [word, constant] of CONSTANTS) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return constant;
      }
    }
    const start = i;
    const end = bareEnd();
    if (end === start) return fail(start, `expected a value${c === undefined ? '' : ` but found ${show(charAt(i))}`}`);
    const raw = text.slice(start, end);
    if (text[end] === '(') return fail(start, `unknown value function '${raw}()'`);
    i = end;
    return looksLikeNumber(raw)
      ? { type: 'number', value: Number(raw), raw }
      : { type: 'string', value: raw, quoted: false };
  };

  const isTuple = (): boolean => text[i] === 't' && text[i + 1] === '(';

  /**
   * The value of a comparison on `field` written at `start`: a scalar, or a tuple `t(…)`, which django-rql reads as
   * the and of its comparisons with `field.` put before each property (`ne` negates the whole and).
   */
  const comparison = (op: ComparisonOperator, field: string, start: number, depth: number): RqlNode => {
    const valueAt = i;
    if (isTuple()) {
      if (op !== 'eq' && op !== 'ne') fail(valueAt, `a tuple can only be compared with eq or ne, not '${op}'`);
      const all = tuple(`${field}.`, depth + 1);
      return op === 'eq' ? all : { op: 'not', arg: all };
    }
    const value = scalar();
    if ((value.type === 'null' || value.type === 'empty') && op !== 'eq' && op !== 'ne') {
      fail(valueAt, `${value.type}() can only be used with eq, ne, in and out`);
    }
    const node: RqlNode = { op, field, value };
    starts.set(node, start);
    return node;
  };

  /** `prop=value` or `prop=op=value`, with `i` on the `=`. */
  const shorthand = (field: string, start: number, depth: number): RqlNode => {
    i++;
    const end = bareEnd();
    const word = text.slice(i, end);
    if (COMPARISONS.has(word) && text[end] === '=') {
      i = end + 1;
      return comparison(word as ComparisonOperator, field, start, depth);
    }
    return comparison('eq', field, start, depth);
  };

  /** The comparisons and searches of a tuple, `t(` at `i`, each property prefixed; one node, or their `and`. */
  const tuple = (prefix: string, depth: number): RqlNode => {
    if (depth > MAX_DEPTH) fail(i, `expressions are nested deeper than ${MAX_DEPTH} levels`);
    i += 2;
    const args: RqlNode[] = [];
    do {
      if (args.length > 0) i++;
      const start = i;
      const name = prop();
      if (text[i] === '=') {
        args.push(shorthand(prefix + name, start, depth));
        continue;
      }
      if (text[i] !== '(' || !(COMPARISONS.has(name) || name === 'like' || name === 'ilike')) {
        fail(start, `a tuple holds comparisons and like/ilike searches only`);
      }
      i++;
      const field = prefix + prop();
      comma(name, '2 arguments');
      args.push(
        COMPARISONS.has(name)
          ? comparison(name as ComparisonOperator, field, start, depth)
          : search(name as 'like' | 'ilike', field),
      );
      close(name, '2 arguments');
    } while (text[i] === ',');
    expect(')', "')' to close the tuple");
    return args.length === 1 ? (args[0] as RqlNode) : { op: 'and', args };
  };

  /** The pattern of `like`/`ilike`: a quoted or bare value; a bare number is its text (`like(code,007)`). */
  const search = (op: 'like' | 'ilike', field: string): RqlNode => {
    const valueAt = i;
    const v = scalar();
    const pattern =
      v.type === 'string'
        ? v.value
        : v.type === 'number'
          ? v.raw
          : fail(valueAt, `'${op}' needs a pattern, not ${v.type}()`);
    return { op, field, pattern };
  };

  /** A node that may only stand where `and`/`or`/`not` take an argument: not `ordering()` or `select()`. */
  const filterOnly = (item: Item): RqlNode => {
    if (isDirective(item)) fail(item.at, `'${item.op}()' is only allowed as a top-level query term`);
    return item as RqlNode;
  };

  /** Terms joined by `&`, as written (not yet combined). */
  const chain = (depth: number): Item[] => {
    const items = [primary(depth)];
    while (text[i] === '&') {
      i++;
      items.push(primary(depth));
    }
    return items;
  };
  /** A chain as one node: a lone term as is, several as their `and`. */
  const term = (depth: number): Item => {
    const items = chain(depth);
    return items.length === 1 ? (items[0] as Item) : { op: 'and', args: items.map(filterOnly) };
  };

  /** `(…)` with `i` after the `(`: grouping, an and-group `(a,b)` or an or-group `(a|b)` / `(a;b)`. */
  const group = (depth: number): Item => {
    const first = term(depth + 1);
    const sep = text[i];
    if (sep === ')') {
      i++;
      return first;
    }
    if (sep !== ',' && sep !== '|' && sep !== ';') {
      return fail(i, `expected ',', '|', ';' or ')'${i < text.length ? ` but found ${show(charAt(i))}` : ''}`);
    }
    const args = [filterOnly(first)];
    while (text[i] === sep) {
      i++;
      args.push(filterOnly(term(depth + 1)));
    }
    if (text[i] === ',' || text[i] === '|' || text[i] === ';')
      fail(i, `'${text[i]}' after '${sep}' in one group: add parentheses`);
    expect(')');
    return { op: sep === ',' ? 'and' : 'or', args };
  };

  /** `ordering(…)` / `select(…)` with `i` after the `(`. */
  const signedProps = (name: 'ordering' | 'select', at: number): Directive => {
    const keys: Array<[boolean, string]> = [];
    if (text[i] !== ')') {
      do {
        if (keys.length > 0) i++;
        const c = text[i];
        if (c === '+' || c === '-') i++;
        keys.push([c === '-', prop()]);
      } while (text[i] === ',');
    }
    expect(')', `')' to close '${name}('`);
    return { op: name, keys, at };
  };

  const primary = (depth: number): Item => {
    const start = i;
    if (depth > MAX_DEPTH) fail(start, `expressions are nested deeper than ${MAX_DEPTH} levels`);
    if (text[i] === '(') {
      i++;
      return group(depth);
    }
    if (isTuple()) return tuple('', depth);
    const end = propEnd();
    if (end === i) return fail(i, `expected a term${i < text.length ? ` but found ${show(charAt(i))}` : ''}`);
    const name = text.slice(i, end);
    i = end;
    if (text[i] === '=') return shorthand(name, start, depth);
    if (text[i] !== '(') return fail(i, `expected '=' or '('${i < text.length ? ` but found ${show(charAt(i))}` : ''}`);
    i++;
    if (COMPARISONS.has(name)) {
      const op = name as ComparisonOperator;
      const field = prop();
      comma(op, '2 arguments: (property,value)');
      const node = comparison(op, field, start, depth);
      close(op, '2 arguments: (property,value)');
      return node;
    }
    switch (name) {
      case 'in':
      case 'out': {
        const field = prop();
        comma(name, '2 arguments: (property,(values))');
        expect('(', `'(' to open the list of values`);
        const values: RqlValue[] = [];
        do {
          if (values.length > 0) i++;
          if (values.length === MAX_LIST_VALUES) fail(i - 1, `more than ${MAX_LIST_VALUES} values in a list`);
          if (isTuple()) fail(i, 'tuples are not supported in in/out lists');
          values.push(scalar());
        } while (text[i] === ',');
        expect(')', "')' to close the list");
        close(name, '2 arguments: (property,(values))');
        const node: RqlNode = { op: name, field, values };
        starts.set(node, start);
        return node;
      }
      case 'like':
      case 'ilike': {
        const field = prop();
        comma(name, '2 arguments: (property,pattern)');
        const node = search(name, field);
        close(name, '2 arguments: (property,pattern)');
        starts.set(node, start);
        return node;
      }
      case 'and':
      case 'or': {
        const args = [filterOnly(term(depth + 1))];
        while (text[i] === ',') {
          i++;
          args.push(filterOnly(term(depth + 1)));
        }
        expect(')');
        return { op: name, args };
      }
      case 'not': {
        const arg = filterOnly(term(depth + 1));
        close('not', '1 argument');
        return { op: 'not', arg };
      }
      case 'ordering':
      case 'select':
        return signedProps(name, start);
      default:
        return fail(start, `unknown operator '${name}'`);
    }
  };

  /** Fails unless the whole text has been read. */
  const end = (): void => {
    if (i < text.length) fail(i, `unexpected ${show(charAt(i))}`);
  };

  /**
   * The top level: comma-separated chains. With `flatten`, every term of every chain is its own conjunct (a query's
   * parts); without, each chain is one node, as lib-rql nests them.
   */
  const top = (flatten: boolean): Item[] => {
    const items: Item[] = [];
    if (text.length === 0) return items;
    do {
      if (items.length > 0) i++;
      if (flatten) items.push(...chain(1));
      else items.push(term(1));
    } while (text[i] === ',');
    end();
    return items;
  };

  /** Where a comparison began, for errors about its placement. */
  const startOf = (node: RqlNode): number => pos(starts.get(node) ?? 0);

  return { top, fail, startOf };
}

function tooLong(length: number): void {
  if (length > MAX_QUERY_LENGTH) {
    throw new RqlSyntaxError(MAX_QUERY_LENGTH, `query is longer than ${MAX_QUERY_LENGTH} characters`);
  }
}

/**
 * Parses one RQL filter that is already percent-decoded, e.g. `and(eq(status,active),ilike(name,*x*))`,
 * `(status=active|status=inactive)` or `status=ne=active`. Top-level `,` joins terms with and, as in a query.
 *
 * @throws RqlSyntaxError with the 0-based `position` in `text`, also for `ordering()` / `select()`, which are not
 *   filters.
 */
export function parseRql(text: string): RqlNode {
  tooLong(text.length);
  const r = reader(text, (i) => i);
  const items = r.top(false);
  if (items.length === 0) r.fail(0, 'expected a term');
  for (const item of items) {
    if (isDirective(item)) r.fail(item.at, `'${item.op}()' is only allowed in a query, not in a filter`);
  }
  const nodes = items as RqlNode[];
  return nodes.length === 1 ? (nodes[0] as RqlNode) : { op: 'and', args: nodes };
}

/** The text of a value, as `search=` and parameters take it. */
function valueText(value: RqlValue): string {
  switch (value.type) {
    case 'string':
      return value.value;
    case 'number':
      return value.raw;
    case 'boolean':
      return `${value.value}()`;
    default:
      return `${value.type}()`;
  }
}

/** Throws at the first comparison on `search`/`limit`/`offset` below the top level, as django-rql refuses them. */
function checkNested(node: RqlNode, startOf: (node: RqlNode) => number): void {
  switch (node.op) {
    case 'and':
    case 'or':
      for (const arg of node.args) checkNested(arg, startOf);
      return;
    case 'not':
      checkNested(node.arg, startOf);
      return;
    default:
      if (PAGING_AND_SEARCH.has(node.field)) {
        throw new RqlSyntaxError(startOf(node), `'${node.field}' is only allowed as a top-level query term`);
      }
  }
}

/**
 * Parses a whole raw query string (with or without the leading `?`), as it appears in the URL.
 *
 * As Connect does, the query is percent-decoded first (`+` stays a plus: Connect uses `unquote`, not `unquote_plus`)
 * and then read as one RQL expression. Its top-level terms, joined by `&` or `,`, are the query's parts:
 * `ordering(…)`, `select(…)`, `search=…`, `limit=…`, `offset=…`, `key=…` for the keys in `options.params`, and
 * filters, which are ANDed. A `limit` or `offset` that is not a non-negative integer is left out (the list then uses
 * its default, as django-rql's pagination does).
 *
 * @throws RqlSyntaxError with the 0-based `position` in `raw` on invalid syntax or percent-encoding, a duplicate
 *   `ordering`/`select`/`search`/`limit`/`offset`/parameter, `search`/`limit`/`offset` anywhere but the top level
 *   or with another operator than `=`, or a query longer than 8 KiB, nested deeper than 32 or with a list over 1000
 *   values.
 */
export function parseQuery(raw: string, options: ParseQueryOptions = {}): ParsedQuery {
  tooLong(raw.length);
  const from = raw.startsWith('?') ? 1 : 0;
  const { text, at } = percentDecode(raw, from, raw.length, false);
  const r = reader(text, (i) => at[i] ?? raw.length);
  const paramKeys = new Set(options.params);
  const filters: RqlNode[] = [];
  let ordering: OrderingTerm[] | undefined;
  let select: SelectTerm[] | undefined;
  const scalars: { search?: string; limit?: number; offset?: number } = {};
  const seen = new Set<string>();
  const params: Record<string, string> = {};

  for (const item of r.top(true)) {
    if (isDirective(item)) {
      if (seen.has(item.op)) throw new RqlSyntaxError(at[item.at] ?? raw.length, `duplicate '${item.op}'`);
      seen.add(item.op);
      if (item.op === 'ordering')
        ordering = item.keys.map(([minus, field]) => ({ field, direction: minus ? 'desc' : 'asc' }));
      else select = item.keys.map(([minus, field]) => ({ field, include: !minus }));
      continue;
    }
    const special = 'field' in item && (PAGING_AND_SEARCH.has(item.field) || paramKeys.has(item.field));
    if (!special) {
      checkNested(item, r.startOf);
      filters.push(item);
      continue;
    }
    const key = item.field;
    const start = r.startOf(item);
    if (item.op !== 'eq') throw new RqlSyntaxError(start, `'${key}' only takes '${key}=value'`);
    if (seen.has(key)) throw new RqlSyntaxError(start, `duplicate '${key}'`);
    seen.add(key);
    const value = valueText(item.value);
    if (key === 'search') scalars.search = value;
    else if (key === 'limit' || key === 'offset') {
      // django-rql's pagination reads these with DRF's `_positive_int` and falls back to the default otherwise.
      if (/^\d+$/.test(value) && Number.isSafeInteger(Number(value))) scalars[key] = Number(value);
    } else params[key] = value;
  }

  return {
    filter: filters.length > 1 ? { op: 'and', args: filters } : filters[0],
    ordering: ordering ?? [],
    select: select ?? [],
    ...scalars,
    params,
  };
}
