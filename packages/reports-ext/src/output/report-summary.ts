import type { RendererId } from '../descriptor/descriptor-types';

/** `summary.json` of a zipped report (after connect-reports-core): what ran, with which values, when, for whom. */
export interface ReportSummary {
  report: { id: string; name: string };
  renderer: RendererId;
  /** The file of the report inside the zip. */
  file: string;
  /** Parameters after defaults and presets, exactly as the report used them. */
  parameters: Record<string, unknown>;
  /** The account the token belongs to, when the platform said. */
  account: { id: string; name: string } | null;
  started_at: string;
  finished_at: string;
  rows: number;
  /** True when html/pdf output stopped at its row cap. */
  truncated: boolean;
  generator: { name: string; version: string };
}
