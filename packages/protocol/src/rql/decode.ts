/**
 * Strict percent-decoding that remembers where every decoded character came from, so that syntax errors found in
 * the decoded text can point at the right character of the raw query string.
 */
import { RqlSyntaxError } from './errors';

/** Decoded text plus, for each of its UTF-16 code units, the index in the raw string it was decoded from. */
export interface DecodedText {
  readonly text: string;
  readonly at: readonly number[];
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/**
 * Decodes `raw[start..end)`. `%XX` sequences must form valid UTF-8 (no overlongs, no surrogates).
 * With `plusIsSpace`, `+` means a space (HTML form encoding); RQL terms pass `false`, as `+` is `select(+a)` syntax.
 *
 * @throws RqlSyntaxError at the offending `%` for a malformed escape or invalid UTF-8.
 */
export function percentDecode(raw: string, start: number, end: number, plusIsSpace: boolean): DecodedText {
  const at: number[] = [];
  let text = '';
  // Returns the byte of a `%XX` escape at `k`, or -1 when there is none.
  const byteAt = (k: number): number => {
    if (k + 2 >= end || raw[k] !== '%') return -1;
    const hi = hexDigit(raw.charCodeAt(k + 1));
    const lo = hexDigit(raw.charCodeAt(k + 2));
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
  };
  let i = start;
  while (i < end) {
    const c = raw[i] as string;
    if (c !== '%') {
      text += plusIsSpace && c === '+' ? ' ' : c;
      at.push(i++);
      continue;
    }
    const from = i;
    const lead = byteAt(i);
    if (lead < 0)
      throw new RqlSyntaxError(from, `malformed percent-encoding '${raw.slice(from, Math.min(from + 3, end))}'`);
    i += 3;
    // Lead byte → number of continuation bytes and the smallest code point that length may encode.
    const more =
      lead < 0x80
        ? 0
        : lead >= 0xc2 && lead <= 0xdf
          ? 1
          : lead >= 0xe0 && lead <= 0xef
            ? 2
            : lead >= 0xf0 && lead <= 0xf4
              ? 3
              : -1;
    let cp = more === 0 ? lead : lead & (0x3f >> more);
    for (let n = 0; n < more; n++) {
      const b = byteAt(i);
      if (b < 0x80 || b > 0xbf) break;
      cp = (cp << 6) | (b & 0x3f);
      i += 3;
    }
    const consumed = (i - from) / 3 - 1;
    const min = [0, 0x80, 0x800, 0x10000][more] ?? 0;
    if (more < 0 || consumed !== more || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      throw new RqlSyntaxError(from, 'percent-encoding is not valid UTF-8');
    }
    const ch = String.fromCodePoint(cp);
    text += ch;
    at.push(from);
    if (ch.length === 2) at.push(from);
  }
  return { text, at };
}
