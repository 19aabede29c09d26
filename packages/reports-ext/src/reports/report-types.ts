import type { ReportsClient } from '../client/reports-client';
import type { RendererId } from '../descriptor/descriptor-types';

/** A cell of a report row. Dates are instants; renderers format them (ISO-8601 UTC in text formats). */
export type CellValue = string | number | boolean | Date | null;

/** One row, keyed by column key. */
export type ReportRow = Record<string, CellValue>;

/** A column of a report: renderers use `title` for headers, `type` for formatting and `width` as a hint. */
export interface ReportColumn {
  key: string;
  title: string;
  type: 'string' | 'number' | 'date' | 'boolean';
  /** Relative width in characters (xlsx column width, pdf/html proportions). */
  width?: number;
}

/**
 * Reports progress as connect-reports-core's `progress_callback(current, total)`: `done` rows so far out of `total`
 * when the list's size is known up front.
 */
export type ProgressCallback = (done: number, total: number | undefined) => void;

/** What a report's functions receive besides the client and the parameters. */
export interface GenerateContext {
  progress: ProgressCallback;
  /** The renderer the rows go to: a report may shape values for it (e.g. shorter text for pdf). */
  renderer: RendererId;
  /** Aborts the report: pending API calls are cancelled and iteration stops. */
  signal: AbortSignal;
  /** The instant the report treats as "now" (stale/expiring thresholds), fixed once per run. */
  now: Date;
}

/**
 * A report's code. `columns` is separate from `generate` because renderers need the header before the first row,
 * and one report (the permissions matrix) derives its columns from the API.
 */
export interface ReportModule<P = Record<string, unknown>> {
  /** The id of its entry in reports.json. */
  id: string;
  columns(client: ReportsClient, parameters: P, context: GenerateContext): ReportColumn[] | Promise<ReportColumn[]>;
  /**
   * Yields the rows a page at a time (one API page's rows, possibly fewer after filtering, possibly none), so memory
   * stays flat whatever the account's size and a row costs no async step of its own in any layer.
   */
  generate(client: ReportsClient, parameters: P, context: GenerateContext): AsyncIterable<readonly ReportRow[]>;
}
