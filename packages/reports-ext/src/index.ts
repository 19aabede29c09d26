/**
 * `@connect-tokens/reports-ext`: custom reports over the API tokens of a Connect-style account.
 *
 * ```ts
 * import { createClient } from '@connect-tokens/sdk';
 * import { runReport } from '@connect-tokens/reports-ext';
 *
 * const client = createClient({ endpoint, apiKey });
 * const result = await runReport({ client, reportId: 'stale-tokens', parameters: { days: 60 }, renderer: 'csv', output: './out' });
 * console.log(result.file, result.rows);
 * ```
 */
export { runReport, type RunReportOptions, type RunReportResult } from './run-report';
export { getDescriptor, findReportDescriptor } from './descriptor/descriptor';
export { validateDescriptor, DescriptorError } from './descriptor/validate-descriptor';
export { renderParameterTypes } from './descriptor/parameter-typegen';
export {
  RENDERER_IDS,
  type Audience,
  type CheckboxParameterDescriptor,
  type ChoiceDescriptor,
  type ChoiceParameterDescriptor,
  type DateParameterDescriptor,
  type DateRangeParameterDescriptor,
  type DateRangePreset,
  type ObjectParameterDescriptor,
  type ParameterDescriptor,
  type RendererId,
  type ReportDescriptor,
  type ReportsDescriptor,
  type SingleLineParameterDescriptor,
} from './descriptor/descriptor-types';
export type * from './generated/report-parameters';
export { resolveParameters, type ResolvedParameters, type ResolveOptions } from './parameters/resolve-parameters';
export { isChecked, type CheckboxValue, type DateRangeValue, type ParameterValue } from './parameters/parameter-values';
export { DATE_RANGE_PRESETS, resolveDatePreset } from './parameters/date-presets';
export { REPORT_MODULES } from './generated/report-registry';
export type {
  CellValue,
  GenerateContext,
  ProgressCallback,
  ReportColumn,
  ReportModule,
  ReportRow,
} from './reports/report-types';
export { getRenderer } from './renderers/renderer-registry';
export { DEFAULT_MAX_ROWS, type RenderInput, type RenderResult, type Renderer } from './renderers/renderer-types';
export type { ReportSummary } from './output/report-summary';
export type { ReportsClient, PaginatedList, CallOptions } from './client/reports-client';
export type { AuditEventWire, ModuleWire, Ref, TokenStatisticsWire, TokenWire } from './client/wire-types';
export {
  MissingModuleError,
  ParameterError,
  ReportsError,
  UnknownReportError,
  UnsupportedRendererError,
} from './errors';
export { main as cliMain, type CliIo } from './cli/main';
export { VERSION } from './version';
