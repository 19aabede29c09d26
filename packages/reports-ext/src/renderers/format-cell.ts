import type { CellValue } from '../reports/report-types';

/** An instant as ISO-8601 UTC without milliseconds: what every text format shows. */
export function isoInstant(value: Date): string {
  return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
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
  if (value instanceof Date) return isoInstant(value).replace('T', ' ').replace(/:\d{2}Z$/, '');
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
