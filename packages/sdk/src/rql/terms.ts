/**
 * Splits RQL text at its top-level `&` and `,` (both mean and there, in lib-rql's grammar; outside parentheses and
 * quotes), so `list('…&limit=10')` can take the paging terms out and send the rest verbatim. Deliberately not a
 * parser: the server validates the query (`400 RQL_001`), and the protocol's full parser stays out of the main bundle
 * (it is in `@connect-tokens/sdk/rql`). Quoted text is verbatim in RQL (no escapes); a quote opens only where a value
 * may start, after `(`, `,` or `=`.
 */
export function splitRqlTerms(text: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let quote = '';
  let start = text.startsWith('?') ? 1 : 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && i > 0 && '(,='.includes(text[i - 1] as string)) quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if ((c === '&' || c === ',') && depth === 0) {
      terms.push(text.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(text.slice(start));
  return terms.map((t) => t.trim()).filter((t) => t !== '');
}

/** RQL text without its `limit=`/`offset=` terms, and their values. */
export function takePaging(text: string): { rest: string[]; limit?: number; offset?: number } {
  const rest: string[] = [];
  const paging: { limit?: number; offset?: number } = {};
  for (const term of splitRqlTerms(text)) {
    const match = /^(limit|offset)=(\d+)$/.exec(term);
    if (match) paging[match[1] as 'limit' | 'offset'] = Number(match[2]);
    else rest.push(term);
  }
  return { rest, ...paging };
}
