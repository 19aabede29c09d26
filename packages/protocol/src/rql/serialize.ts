/**
 * AST → query string, in the canonical function form (`and(eq(a,1),in(b,(x,y)))`), which lib-rql, and so Connect,
 * reads. This is where the escaping rules live; the parser undoes exactly these steps.
 *
 * Escaping happens in two layers, RQL first, then URL:
 *
 * 1. RQL layer (decides how a value is written as a token):
 *    - A string is written bare only when lib-rql reads it back as the same bare text: it is non-empty, starts with
 *      one of `A-Z a-z 0-9 _ -`, goes on with `A-Z a-z 0-9 _ . : @ -`, does not look like a number (`42`, `-1.5`,
 *      `1e+21`) and is not `t` (a tuple's keyword). Everything else is quoted, verbatim: lib-rql's quoted values have
 *      no escapes, so the text goes in double quotes, or in single quotes when it holds a double quote. A string
 *      holding both quote characters has no RQL form at all and throws a `RangeError`.
 *    - `like`/`ilike` patterns follow the same rule except that `*` is also allowed bare, because it is the wildcard.
 *      In a pattern `\*` means a literal star and `\\` a literal backslash (see `escapeLike`).
 *    - Numbers are written as `String(n)`; null and empty as `null()` / `empty()`; boolean nodes (which only the
 *      parser makes, from `true()`) as `true()` / `false()`.
 *    - Property names match lib-rql's `[a-zA-Z][\w\-.]*` and never need escaping.
 * 2. URL layer: every character of a value token other than `A-Z a-z 0-9 _ . ~ * : @ -` is percent-encoded as UTF-8
 *    (`"` → `%22`, space → `%20`, `+` → `%2B`, `&` → `%26`, `(` → `%28`, `é` → `%C3%A9`). The RQL structure itself
 *    (`eq(`, `,`, `)`, `-` in `ordering(-a)`) is written raw: those characters are legal in a query string. A value can
 *    therefore never introduce a raw `&`, `(`, `)` or `,`; once decoded it sits inside quotes.
 *
 * `search=` takes a value like any comparison; `limit=`/`offset=` are digits.
 */
import type { OrderingTerm, RqlNode, RqlQueryParts, RqlValue, SelectTerm } from './ast';

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
// ASCII subsets of lib-rql's UNQUOTED_VAL (`[\w\-*+\\][\w.\s\-:+@*\\]*`): safe to write bare.
const BARE = /^[A-Za-z0-9_-][A-Za-z0-9_.:@-]*$/;
const BARE_PATTERN = /^[A-Za-z0-9_*-][A-Za-z0-9_.:@*-]*$/;
const URL_SAFE = /[\w.~*:@-]/;

/** Whether a bare token of this text is read back as a number (shared with the parser so both agree). */
export function looksLikeNumber(text: string): boolean {
  return NUMBER.test(text) && Number.isFinite(Number(text));
}

/** Whether the builder must quote this string value for the parser to read it back as the same string. */
export function needsQuotes(text: string): boolean {
  return !plain(text, BARE);
}

/** Whether the text can be written bare: lib-rql reads it back as the same bare string (`t` would open a tuple). */
function plain(text: string, bare: RegExp): boolean {
  return bare.test(text) && !looksLikeNumber(text) && text !== 't';
}

/**
 * Percent-encodes everything outside the URL-safe set, as UTF-8.
 *
 * @throws RangeError when the text holds a lone surrogate, which has no UTF-8 form and could not round-trip.
 */
export function encodeText(text: string): string {
  let out = '';
  for (const ch of text) {
    if (URL_SAFE.test(ch)) out += ch;
    // encodeURIComponent leaves ( ) ' ! alone, but they are RQL syntax, so ASCII is encoded by hand.
    else if (ch < '\x80') out += `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
    else {
      try {
        out += encodeURIComponent(ch);
      } catch {
        throw new RangeError('RQL values must be well-formed Unicode (found a lone surrogate)');
      }
    }
  }
  return out;
}

/**
 * The text in quotes, URL-encoded. lib-rql takes quoted text verbatim, so the quote character is the one the text
 * does not hold.
 *
 * @throws RangeError when the text holds both `"` and `'`: no RQL value can carry it.
 */
export function quote(text: string): string {
  const q = text.includes('"') ? "'" : '"';
  if (q === "'" && text.includes("'")) {
    throw new RangeError(`RQL text cannot hold both " and '`);
  }
  return encodeText(q + text + q);
}

/** A string value as a URL-safe token: bare when it can be, quoted otherwise. */
export function formatText(text: string, bare = BARE): string {
  return plain(text, bare) ? encodeText(text) : quote(text);
}

function formatValue(value: RqlValue): string {
  switch (value.type) {
    case 'string':
      return value.quoted ? quote(value.value) : formatText(value.value);
    case 'number':
      return encodeText(value.raw);
    case 'boolean':
      return `${value.value}()`;
    default:
      return `${value.type}()`;
  }
}

/** Serialises one filter expression as a URL-safe RQL term, e.g. `and(eq(status,active),ilike(name,*prod*))`. */
export function toRql(node: RqlNode): string {
  switch (node.op) {
    case 'and':
    case 'or':
    case 'not': {
      const args = node.op === 'not' ? [node.arg] : node.args;
      return `${node.op}(${args.map(toRql).join(',')})`;
    }
    case 'in':
    case 'out':
      return `${node.op}(${node.field},(${node.values.map(formatValue).join(',')}))`;
    case 'like':
    case 'ilike': {
      const p = node.pattern;
      return `${node.op}(${node.field},${formatText(p, BARE_PATTERN)})`;
    }
    default:
      return `${node.op}(${node.field},${formatValue(node.value)})`;
  }
}

/** `ordering(-a,b)`: ascending keys are written without a sign. */
function formatOrdering(terms: readonly OrderingTerm[]): string {
  return `ordering(${terms.map((t) => (t.direction === 'desc' ? '-' : '') + t.field).join(',')})`;
}

/** `select(a,-b)`: included fields are written without a sign, which RQL reads as `+` (a raw `+` may become a space). */
function formatSelect(terms: readonly SelectTerm[]): string {
  return `select(${terms.map((t) => (t.include ? '' : '-') + t.field).join(',')})`;
}

/**
 * Serialises a whole query, ready to append after `?`: filter, `ordering`, `select`, `search`, `limit`, `offset`,
 * joined by `&`, omitting what is absent. An empty query gives `''`.
 */
export function toQueryString(parts: RqlQueryParts): string {
  const terms: string[] = [];
  if (parts.filter) terms.push(toRql(parts.filter));
  if (parts.ordering.length > 0) terms.push(formatOrdering(parts.ordering));
  if (parts.select.length > 0) terms.push(formatSelect(parts.select));
  if (parts.search) terms.push(`search=${formatText(parts.search)}`);
  if (parts.limit !== undefined) terms.push(`limit=${parts.limit}`);
  if (parts.offset !== undefined) terms.push(`offset=${parts.offset}`);
  return terms.join('&');
}
