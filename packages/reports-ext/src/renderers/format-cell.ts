import type { CellValue } from '../reports/report-types';

/** The text an instant read from the API came as, so text formats can reuse it instead of formatting the Date. */
const WIRE_TEXT = Symbol('wireText');
type WireDate = Date & { [WIRE_TEXT]?: string };

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * An API instant (ISO-8601) as a Date, `null` for a missing or unparsable one. The Date keeps the text it came as;
 * {@link isoInstant} checks that text only when a text format asks for it, so a row's dates cost one parse each and
 * no more in formats that never show them as text (xlsx writes the Date's time).
 */
export function instantFromWire(value: string | null | undefined): Date | null {
  if (!value) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const date: WireDate = new Date(ms);
  date[WIRE_TEXT] = value;
  return date;
}

/** The digit at `at` of `text`, NaN for any other character. */
function digitAt(text: string, at: number): number {
  const digit = text.charCodeAt(at) - 48;
  return digit >= 0 && digit <= 9 ? digit : Number.NaN;
}

/**
 * The wire text without its milliseconds when it is in the API's UTC form (`2026-01-02T03:04:05.678Z`) and names
 * `date`'s instant; `undefined` otherwise.
 */
function wireIsoText(value: string, date: Date): string | undefined {
  // `toISOString()`'s shape: 24 characters, `T`, `.` before the milliseconds, `Z` last (years 0000–9999).
  if (
    value.length !== 24 ||
    value.charCodeAt(10) !== 84 ||
    value.charCodeAt(19) !== 46 ||
    value.charCodeAt(23) !== 90
  ) {
    return undefined;
  }
  // `Date.parse` rolls `02-30` and `24:00` over instead of rejecting them, so past day 28 or hour 23 the text is
  // compared with the Date's own day and hour; below them nothing can have rolled over (and the calendar fields of a
  // Date cost more to compute than this whole check).
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  const hour = digitAt(value, 11) * 10 + digitAt(value, 12);
  if (
    (day <= 28 && hour <= 23) ||
    (date.getUTCDate() === Number(value.slice(8, 10)) && date.getUTCHours() === Number(value.slice(11, 13)))
  ) {
    return `${value.slice(0, 19)}Z`;
  }
  return undefined;
}

/** An instant as ISO-8601 UTC without milliseconds: what every text format shows. */
export function isoInstant(value: Date): string {
  const wire = (value as WireDate)[WIRE_TEXT];
  const text = wire === undefined ? undefined : wireIsoText(wire, value);
  if (text !== undefined) return text;
  const year = value.getUTCFullYear();
  // Outside 0000–9999 (and for an invalid Date, which throws) `toISOString()` has the extended form.
  if (!(year >= 0 && year <= 9999)) return `${value.toISOString().slice(0, -5)}Z`;
  return (
    `${String(year).padStart(4, '0')}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}` +
    `T${pad2(value.getUTCHours())}:${pad2(value.getUTCMinutes())}:${pad2(value.getUTCSeconds())}Z`
  );
}

/** A cell as machine-readable text (csv): booleans as `true`/`false`, empty for null. */
export function cellToText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return isoInstant(value);
  return String(value);
}

/** A cell as people read it (html, pdf): booleans as yes/no, instants as `YYYY-MM-DD HH:MM`. */
export function cellToDisplay(value: CellValue): string {
  if (value === null) return '';
  // `YYYY-MM-DDTHH:MM:SSZ` → `YYYY-MM-DD HH:MM`.
  if (value instanceof Date) {
    const iso = isoInstant(value);
    const t = iso.indexOf('T');
    return `${iso.slice(0, t)} ${iso.slice(t + 1, iso.length - 4)}`;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** A cell as a JSON value: instants as ISO strings, everything else unchanged. */
export function cellToJson(value: CellValue): string | number | boolean | null {
  return value instanceof Date ? isoInstant(value) : value;
}

/**
 * A resolved parameter value as people read it in a document header: a checkbox as "all" or its choices, a period
 * as "after – before", an unset optional parameter as "(not set)".
 */
export function parameterToDisplay(value: unknown): string {
  if (value === undefined || value === null) return '(not set)';
  if (typeof value !== 'object') return String(value);
  const record = value as Record<string, unknown>;
  if (typeof record['all'] === 'boolean' && Array.isArray(record['choices'])) {
    if (record['all']) return 'all';
    return record['choices'].length > 0 ? record['choices'].join(', ') : 'none';
  }
  if (typeof record['after'] === 'string' && typeof record['before'] === 'string') {
    return `${isoInstant(new Date(record['after']))} – ${isoInstant(new Date(record['before']))}`;
  }
  return JSON.stringify(value);
}

/** The note paged formats end with when the row cap cut them short. */
export function truncationNote(reportId: string, maxRows: number): string {
  return (
    `Only the first ${maxRows.toLocaleString('en-US')} rows are shown. The complete report is in the CSV or XLSX ` +
    `output: connect-reports run ${reportId} --format csv (or --format xlsx).`
  );
}
