import type { Writable } from 'node:stream';
import type { ReportsClient } from './client/reports-client';
import { findReportDescriptor, getDescriptor } from './descriptor/descriptor';
import type { RendererId } from './descriptor/descriptor-types';
import type { ReportId } from './generated/report-parameters';
import { MissingModuleError, UnknownReportError, UnsupportedRendererError } from './errors';
import { openTarget } from './output/output-target';
import type { ReportSummary } from './output/report-summary';
import { ZipWriter } from './output/zip-writer';
import { resolveParameters, type ResolvedParameters } from './parameters/resolve-parameters';
import { DEFAULT_MAX_ROWS, type RenderResult } from './renderers/renderer-types';
import { getRenderer } from './renderers/renderer-registry';
import { REPORT_MODULES } from './generated/report-registry';
import type { GenerateContext, ProgressCallback, ReportModule } from './reports/report-types';
import { resolveCaller } from './resolve-account';
import { describeModule } from './client/module-names';
import { isoInstant } from './renderers/format-cell';
import { PACKAGE_NAME, VERSION } from './version';

/** Options of {@link runReport}. */
export interface RunReportOptions {
  /** An SDK client (`createClient()` of `@connect-tokens/sdk`) holding the token the report runs with. */
  client: ReportsClient;
  /** A report id of reports.json, e.g. `token-inventory` (any string is accepted; unknown ids throw). */
  reportId: ReportId | (string & {});
  /**
   * Parameter values by id, as a person would give them: presets (`last_30_days`), `after..before` ranges,
   * comma-separated checkbox choices, numbers as strings or numbers. Missing ones take their defaults.
   */
  parameters?: Record<string, unknown>;
  /** Output format; the report's default renderer when omitted. */
  renderer?: RendererId;
  /** A directory to write the file into (created when missing), or a stream that receives the file's bytes. */
  output: string | Writable;
  /** File name without extension; `<report-id>-<UTC timestamp>` by default. */
  fileName?: string;
  /** Write a zip holding the report and `summary.json` instead of the bare report. */
  zip?: boolean;
  /** Called as rows are read, once per page: `(done, total)`, `total` when the list's size is known. */
  onProgress?: ProgressCallback;
  /** Cancels the run; the partial file is removed. */
  signal?: AbortSignal;
  /** "Now" for date presets and day thresholds; the current time by default (tests pin it). */
  now?: Date;
  /** Row cap of html and pdf output (default 1000). */
  maxRows?: number;
}

/** What {@link runReport} wrote. */
export interface RunReportResult {
  /** Path of the written file, or `undefined` when `output` was a stream. */
  file: string | undefined;
  /** Name of the file (the zip's name with `zip`). */
  fileName: string;
  renderer: RendererId;
  /** Rows in the report (up to the cap for html/pdf). */
  rows: number;
  /** True when html/pdf output stopped at the row cap. */
  truncated: boolean;
  /** What `summary.json` holds (also returned without `zip`). */
  summary: ReportSummary;
}

function timestamp(date: Date): string {
  return isoInstant(date).replace(/[-:]/g, '');
}

/**
 * Runs one report with a token and writes it: resolves and validates the parameters, streams the rows from the SDK's
 * paginated lists through the renderer into the output, and with `zip` adds `summary.json`. Memory stays flat
 * whatever the number of rows (html/pdf stop at their cap).
 *
 * Throws a {@link ParameterError} for a missing or invalid parameter (before any API call), and the SDK's errors
 * (`AuthenticationError`, `PermissionDeniedError`, …) when the platform refuses.
 */
export async function runReport(options: RunReportOptions): Promise<RunReportResult> {
  const descriptor = findReportDescriptor(options.reportId);
  const module = REPORT_MODULES[options.reportId];
  if (!descriptor || !module) {
    throw new UnknownReportError(
      options.reportId,
      getDescriptor().reports.map((r) => r.id),
    );
  }
  const rendererId = options.renderer ?? descriptor.default_renderer;
  if (!descriptor.renderers.includes(rendererId)) {
    throw new UnsupportedRendererError(descriptor.id, rendererId, descriptor.renderers);
  }
  const startedAt = new Date();
  const now = options.now ?? startedAt;
  const parameters: ResolvedParameters = resolveParameters(descriptor, options.parameters ?? {}, { now });
  const signal = options.signal ?? new AbortController().signal;
  signal.throwIfAborted();

  // Fails fast on a bad token (401) or a missing module before any file is created.
  const caller = await resolveCaller(options.client, signal);
  const account = caller.account;
  const missing = (descriptor.required_modules ?? []).filter((m) => caller.modules && !caller.modules.includes(m));
  if (missing.length > 0) {
    throw new MissingModuleError(
      descriptor.id,
      missing,
      `The token cannot run "${descriptor.name}": it lacks module ${missing.map(describeModule).join(', ')}. ` +
        'Grant the module to the token, or use a token that has it.',
    );
  }
  const context: GenerateContext = {
    progress: options.onProgress ?? (() => undefined),
    renderer: rendererId,
    signal,
    now,
  };
  // The registry erases each report's parameter type; resolveParameters has checked the values against the same
  // descriptor the generated types come from.
  const report = module as unknown as ReportModule<ResolvedParameters>;
  const columns = await report.columns(options.client, parameters, context);

  const renderer = getRenderer(rendererId);
  const base = options.fileName ?? `${descriptor.id}-${timestamp(startedAt)}`;
  const reportFile = `${base}.${renderer.extension}`;
  const fileName = options.zip ? `${base}.zip` : reportFile;
  const target = await openTarget(options.output, fileName);
  const input = {
    reportId: descriptor.id,
    title: descriptor.name,
    description: descriptor.description,
    columns,
    rows: report.generate(options.client, parameters, context),
    generatedAt: startedAt,
    parameters,
    signal,
    maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
  };
  const summaryOf = (result: RenderResult): ReportSummary => ({
    report: { id: descriptor.id, name: descriptor.name },
    renderer: rendererId,
    file: reportFile,
    parameters,
    account,
    started_at: startedAt.toISOString(),
    finished_at: new Date().toISOString(),
    rows: result.rows,
    truncated: result.truncated,
    generator: { name: PACKAGE_NAME, version: VERSION },
  });

  let summary: ReportSummary;
  try {
    if (options.zip) {
      const zip = new ZipWriter(target.stream);
      const result = await renderer.render(
        input,
        zip.entry(reportFile, { compress: !renderer.compressed, mtime: startedAt }),
      );
      summary = summaryOf(result);
      zip.add('summary.json', `${JSON.stringify(summary, null, 2)}\n`, new Date(summary.finished_at));
      await zip.close();
    } else {
      summary = summaryOf(await renderer.render(input, target.stream));
    }
    // Rows come a page at a time: a cancel during the last page arrives after the renderer's last check.
    signal.throwIfAborted();
    await target.commit();
  } catch (error) {
    await target.discard();
    throw error;
  }
  return {
    file: target.path,
    fileName,
    renderer: rendererId,
    rows: summary.rows,
    truncated: summary.truncated,
    summary,
  };
}
