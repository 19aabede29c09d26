import type { Writable } from 'node:stream';
import type { RendererId } from '../descriptor/descriptor-types';
import type { ReportColumn, ReportRow } from '../reports/report-types';

/** What a renderer is given: the header first, then the rows as they come from the API. */
export interface RenderInput {
  reportId: string;
  /** The report's name, used as document title. */
  title: string;
  description: string;
  columns: ReportColumn[];
  /** The rows a page at a time (a report's `generate`). */
  rows: AsyncIterable<readonly ReportRow[]>;
  /** When the run started; shown in document headers. */
  generatedAt: Date;
  /** Resolved parameters, shown in the header of human-readable formats. */
  parameters: Record<string, unknown>;
  signal: AbortSignal;
  /**
   * Row cap of the paged formats (html, pdf): past it they stop reading rows and say where the rest is. Ignored by
   * csv, xlsx and json, which stream any number of rows.
   */
  maxRows: number;
}

/** What a renderer reports once the output is complete. */
export interface RenderResult {
  /** Rows written to the output. */
  rows: number;
  /** True when the row cap cut the report short (html, pdf). */
  truncated: boolean;
}

/** Turns rows into one output format. */
export interface Renderer {
  id: RendererId;
  /** File extension without the dot. */
  extension: string;
  mediaType: string;
  /** Whether the format is already compressed (stored as is in a zip). */
  compressed: boolean;
  /**
   * Writes the whole document to `output`, honouring its backpressure, and ends it. Resolves once `output` has
   * finished; rejects when rows fail or the signal aborts (the caller then discards the output).
   */
  render(input: RenderInput, output: Writable): Promise<RenderResult>;
}

/** Default row cap of html and pdf output. */
export const DEFAULT_MAX_ROWS = 1000;
