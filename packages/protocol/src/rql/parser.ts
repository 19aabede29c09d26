/**
 * RQL text → AST, for the emulator (and for tests of the builder).
 *
 * Grammar, after percent-decoding a term:
 *
 * ```text
 * expr    = cmp "(" field "," value ")"            ; cmp: eq ne gt ge lt le
 *         | ("in"|"out") "(" field "," ( "(" values ")" | values ) ")"
 *         | ("like"|"ilike") "(" field "," value ")"
 *         | ("and"|"or") "(" expr ("," expr)* ")"
 *         | "not" "(" expr ")"
 * values  = value ("," value)*
 * value   = quoted | "null()" | "empty()" | "true()" | "false()" | bare
 * quoted  = '"' ... '"' | "'" ... "'"             ; \\ and \<quote> are escapes; any other \ is kept
 * bare    = characters other than ( ) , with surrounding whitespace trimmed; a number if it looks like one
 * field   = \w+ ("." \w+)*
 * ```
 *
 * `parseQuery` additionally accepts, as `&`-separated top-level terms: any `expr`, `field=value` (an `eq`),
 * `ordering(-a,b)`, `select(+a,-b,c)`, `search=text`, `limit=N`, `offset=N`, and `key=value` for the keys the caller
 * lists in `options.params`. Whitespace around tokens is ignored.
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
   * Keys whose `key=value` terms are plain parameters, returned in `params`, rather than `eq` filters. `search`,
   * `limit` and `offset` are always special.
   */
  readonly params?: readonly string[];
}

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const CONSTANTS: Record<string, RqlValue> = {
  null: { type: 'null' },
  empty: { type: 'empty' },
  true: { type: 'boolean', value: true },
  false: { type: 'boolean', value: false },
};

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isWordChar = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_');
const show = (c: string | undefined): string => (c === undefined ? 'end of input' : `'${c}'`);

/**
 * A recursive-descent reader over one decoded term. `pos` maps an index of `text` to a position in the caller's
 * input, for error messages.
 */
function reader(text: string, pos: (i: number) => number) {
  let i = 0;

  const fail = (at: number, reason: string): never => {
    const before = text.slice(Math.max(0, at - 40), at);
    const context = at === 0 ? '' : ` after '${at > 40 ? '…' : ''}${before}'`;
    throw new RqlSyntaxError(pos(at), reason + context);
  };
  const skip = (): string | undefined => {
    while (isSpace(text[i])) i++;
    return text[i];
  };
  const expect = (ch: string, what = `'${ch}'`): void => {
    const c = skip();
    if (c !== ch) fail(i, `expected ${what}${c === undefined ? '' : ` but found ${show(c)}`}`);
    i++;
  };
  // After the last argument of a call: `)` closes it; a `,` or `)` elsewhere means the argument count is wrong.
  const close = (name: string, arity: string): void => {
    const c = skip();
    if (c === ',') fail(i, `'${name}' takes ${arity}`);
    expect(')');
  };
  const comma = (name: string, arity: string): void => {
    const c = skip();
    if (c === ')') fail(i, `'${name}' takes ${arity}`);
    expect(',');
  };

  const word = (): string => {
    const start = i;
    while (isWordChar(text[i])) i++;
    return text.slice(start, i);
  };

  const field = (): string => {
    skip();
    const start = i;
    for (;;) {
      if (word() === '') {
        fail(i, i === start ? `expected a field name${text[i] === undefined ? '' : ` but found ${show(text[i])}`}` : 'empty segment in field name');
      }
      if (text[i] !== '.') return text.slice(start, i);
      i++;
    }
  };

  const quoted = (): string => {
    const q = text[i];
    const start = i++;
    let out = '';
    let chunk = i;
    for (;;) {
      const c = text[i];
      if (c === undefined) return fail(start, 'unterminated quoted string');
      if (c === q) break;
      if (c === '\\' && (text[i + 1] === q || text[i + 1] === '\\')) {
        out += text.slice(chunk, i);
        chunk = ++i;
      }
      i++;
    }
    out += text.slice(chunk, i++);
    return out;
  };

  const value = (): RqlValue => {
    const c = skip();
    if (c === '"' || c === "'") return { type: 'string', value: quoted(), quoted: true };
    const start = i;
    while (i < text.length && text[i] !== '(' && text[i] !== ')' && text[i] !== ',') i++;
    let end = i;
    while (end > start && isSpace(text[end - 1])) end--;
    const raw = text.slice(start, end);
    if (text[i] === '(') {
      const constant = Object.hasOwn(CONSTANTS, raw) ? CONSTANTS[raw] : undefined;
      if (!constant) return fail(start, raw ? `unknown value function '${raw}()'` : 'expected a value but found \'(\'');
      i++;
      expect(')', `')' after '${raw}('`);
      return constant;
    }
    if (raw === '') return fail(start, `expected a value${c === undefined ? '' : ` but found ${show(c)}`}`);
    return looksLikeNumber(raw) ? { type: 'number', value: Number(raw), raw } : { type: 'string', value: raw, quoted: false };
  };

  const list = (): RqlValue[] => {
    const paren = skip() === '(';
    if (paren) i++;
    const values = [value()];
    while (skip() === ',') {
      if (values.length === MAX_LIST_VALUES) fail(i, `more than ${MAX_LIST_VALUES} values in a list`);
      i++;
      values.push(value());
    }
    if (paren) expect(')', "')' to close the list");
    return values;
  };

  const expr = (depth: number): RqlNode => {
    skip();
    const start = i;
    const name = word();
    if (!name) return fail(i, `expected an expression${text[i] === undefined ? '' : ` but found ${show(text[i])}`}`);
    if (depth > MAX_DEPTH) fail(start, `expressions are nested deeper than ${MAX_DEPTH} levels`);
    if (name === 'select' || name === 'ordering') fail(start, `'${name}()' is only allowed as a top-level query term`);
    expect('(');
    if (COMPARISONS.has(name)) {
      const op = name as ComparisonOperator;
      const f = field();
      comma(op, '2 arguments: (field,value)');
      skip();
      const valueAt = i;
      const v = value();
      if ((v.type === 'null' || v.type === 'empty') && op !== 'eq' && op !== 'ne') {
        fail(valueAt, `${v.type}() can only be used with eq, ne, in and out`);
      }
      close(op, '2 arguments: (field,value)');
      return { op, field: f, value: v };
    }
    switch (name) {
      case 'in':
      case 'out': {
        const f = field();
        comma(name, '2 arguments: (field,(values))');
        const values = list();
        close(name, '2 arguments: (field,(values))');
        return { op: name, field: f, values };
      }
      case 'like':
      case 'ilike': {
        const f = field();
        comma(name, '2 arguments: (field,pattern)');
        skip();
        const valueAt = i;
        const v = value();
        // A bare number is a valid pattern (`like(code,42)`); its raw text is the pattern.
        const pattern = v.type === 'string' ? v.value : v.type === 'number' ? v.raw : fail(valueAt, `'${name}' needs a pattern, not ${v.type}()`);
        close(name, '2 arguments: (field,pattern)');
        return { op: name, field: f, pattern };
      }
      case 'and':
      case 'or': {
        const args = [expr(depth + 1)];
        while (skip() === ',') {
          i++;
          args.push(expr(depth + 1));
        }
        expect(')');
        return { op: name, args };
      }
      case 'not': {
        const arg = expr(depth + 1);
        close('not', '1 argument');
        return { op: 'not', arg };
      }
      default:
        return fail(start, `unknown operator '${name}'`);
    }
  };

  /** Reads `name(+a,-b,c)` for `ordering` and `select`. */
  const signedFields = (name: string): Array<[minus: boolean, field: string]> => {
    const out: Array<[boolean, string]> = [];
    skip();
    word();
    expect('(');
    do {
      if (out.length > 0) i++;
      const c = skip();
      if (c === '+' || c === '-') i++;
      out.push([c === '-', field()]);
    } while (skip() === ',');
    expect(')', `')' to close '${name}('`);
    return out;
  };

  /** Fails unless the whole text has been read. */
  const end = (): void => {
    const c = skip();
    if (c !== undefined) fail(i, `unexpected ${show(c)}`);
  };

  return {
    expr,
    end,
    value,
    signedFields,
    fail,
    /** The word the text starts with, without consuming it. */
    peekName(): string {
      skip();
      const name = word();
      i = 0;
      return name;
    },
  };
}

function tooLong(length: number): void {
  if (length > MAX_QUERY_LENGTH) {
    throw new RqlSyntaxError(MAX_QUERY_LENGTH, `query is longer than ${MAX_QUERY_LENGTH} characters`);
  }
}

/**
 * Parses one RQL filter expression that is already percent-decoded, e.g. `and(eq(status,active),ilike(name,*x*))`.
 *
 * @throws RqlSyntaxError with the 0-based `position` in `text`.
 */
export function parseRql(text: string): RqlNode {
  tooLong(text.length);
  const r = reader(text, (i) => i);
  const node = r.expr(1);
  r.end();
  return node;
}

/**
 * Splits a raw query string into `[start, end)` ranges of its top-level terms: at `&` outside parentheses and
 * outside raw quotes. A quote only opens a string where a value may start (after `(`, `,`, `=` or at the start of a
 * term), so the apostrophe in a bare `O'Brien` does not swallow the rest of the query.
 */
function splitTerms(raw: string, from: number): Array<[number, number]> {
  const terms: Array<[number, number]> = [];
  let depth = 0;
  let quote = '';
  let start = from;
  for (let i = from; i < raw.length; i++) {
    const c = raw[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && (i === start || '(,='.includes(raw[i - 1] as string))) quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '&' && depth <= 0) {
      terms.push([start, i]);
      start = i + 1;
      depth = 0;
    }
  }
  terms.push([start, raw.length]);
  return terms;
}

function count(r: ReturnType<typeof reader>, key: string, text: string): number {
  // Digits only: no sign, no exponent, no whitespace, so `limit=1e3` or `limit=-1` are errors rather than surprises.
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    r.fail(0, `${key} must be a non-negative integer, got '${text}'`);
  }
  return Number(text);
}

/**
 * Parses a whole raw query string (with or without the leading `?`), as it appears in the URL.
 *
 * Terms are split at top-level `&` first and then percent-decoded one by one, so an encoded `%26` is always data.
 * `+` is a literal plus in RQL terms (it is the `select(+a)` sign) but a space in `search=` and parameter values,
 * as HTML forms and `URLSearchParams` encode it. Top-level filters are ANDed; empty terms (`a=1&&b=2`) are ignored.
 *
 * @throws RqlSyntaxError with the 0-based `position` in `raw` on invalid syntax, a duplicate `ordering`/`select`/
 *   `search`/`limit`/`offset`, or a query longer than 8 KiB, nested deeper than 32 or with a list over 1000 values.
 */
export function parseQuery(raw: string, options: ParseQueryOptions = {}): ParsedQuery {
  tooLong(raw.length);
  const filters: RqlNode[] = [];
  let ordering: OrderingTerm[] | undefined;
  let select: SelectTerm[] | undefined;
  const scalars: { search?: string; limit?: number; offset?: number } = {};
  const params: Record<string, string> = {};
  const paramKeys = new Set(options.params);

  for (const [start, end] of splitTerms(raw, raw.startsWith('?') ? 1 : 0)) {
    if (start === end) continue;
    const eq = keyEnd(raw, start, end);
    const key = eq < 0 ? '' : raw.slice(start, eq);
    const special = key === 'search' || key === 'limit' || key === 'offset' || paramKeys.has(key);
    // The key of `key=value` is plain ASCII, so only the value needs decoding; its positions map back into `raw`.
    const from = eq < 0 ? start : eq + 1;
    const { text, at } = percentDecode(raw, from, end, special);
    const r = reader(text, (i) => at[i] ?? end);
    const duplicate = (name: string): never => {
      throw new RqlSyntaxError(start, `duplicate '${name}'`);
    };

    if (eq < 0) {
      const name = r.peekName();
      if (name === 'ordering' || name === 'select') {
        const terms = r.signedFields(name);
        r.end();
        if (name === 'ordering') {
          if (ordering) duplicate(name);
          ordering = terms.map(([minus, field]) => ({ field, direction: minus ? 'desc' : 'asc' }));
        } else {
          if (select) duplicate(name);
          select = terms.map(([minus, field]) => ({ field, include: !minus }));
        }
        continue;
      }
      filters.push(r.expr(1));
      r.end();
    } else if (key === 'search' || key === 'limit' || key === 'offset') {
      if (scalars[key] !== undefined) duplicate(key);
      if (key === 'search') scalars.search = text;
      else scalars[key] = count(r, key, text);
    } else if (paramKeys.has(key)) {
      if (Object.hasOwn(params, key)) duplicate(key);
      params[key] = text;
    } else {
      const value = r.value();
      r.end();
      filters.push({ op: 'eq', field: key, value });
    }
  }

  return {
    filter: filters.length > 1 ? { op: 'and', args: filters } : filters[0],
    ordering: ordering ?? [],
    select: select ?? [],
    ...scalars,
    params,
  };
}

/**
 * If the term is `field=...`, returns the index of the `=`; -1 if the term does not start with a field name followed
 * by `=` (it is then an expression, and the expression parser reports what is wrong with it).
 */
function keyEnd(raw: string, start: number, end: number): number {
  let i = start;
  while (i < end && (isWordChar(raw[i]) || (raw[i] === '.' && i > start && raw[i - 1] !== '.'))) i++;
  if (i === start || raw[i] !== '=' || raw[i - 1] === '.') return -1;
  return i;
}
