/**
 * First characters that make a spreadsheet read a cell as a formula (with their full-width forms, which Apple Numbers
 * normalises). Token names and descriptions are user input: `=HYPERLINK(…)` must stay text. See OWASP "CSV Injection".
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field (RFC 4180, `,` between fields): quoted when it holds a comma, a quote or a line break, quotes doubled,
 * and a leading formula character neutralised with `'`. The same bytes csv-stringify writes with `escape_formulas`.
 */
export function csvField(text: string): string {
  if (text === '') return text;
  const quoted = NEEDS_QUOTES.test(text);
  const safe = FORMULA_START.has(text[0]!) ? `'${text}` : text;
  return quoted ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV record: the fields joined by `,`, ended by `\n`. */
export function csvRecord(fields: readonly string[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) line += (i === 0 ? '' : ',') + csvField(fields[i]!);
  return `${line}\n`;
}
