/**
 * The shape of `reports.json`, mirrored from `reports.schema.json`. The schema is what validates a descriptor at run
 * time; these types are what the code relies on once it has been validated.
 */

/** Output formats a report can be rendered to. */
export type RendererId = 'csv' | 'xlsx' | 'json' | 'html' | 'pdf';

/** Every renderer id, in the order the CLI lists them. */
export const RENDERER_IDS: readonly RendererId[] = ['csv', 'xlsx', 'json', 'html', 'pdf'];

/** Who a report is meant for (connect-reports-core's `audience`). */
export type Audience = 'provider' | 'vendor' | 'distributor' | 'reseller';

/** One option of a `choice` or `checkbox` parameter. */
export interface ChoiceDescriptor {
  value: string;
  label: string;
}

/** Presets a `date_range` parameter accepts; resolved to UTC instants when the report runs. */
export type DateRangePreset =
  | 'today'
  | 'yesterday'
  | 'last_7_days'
  | 'last_30_days'
  | 'last_90_days'
  | 'this_month'
  | 'last_month'
  | 'this_year';

interface ParameterBase {
  /** Key of the value in the parameters object, snake_case as in Connect. */
  id: string;
  name: string;
  description: string;
  required?: boolean;
}

/** A period; its value is `{ after, before }` (ISO-8601 UTC instants, `after` inclusive, `before` exclusive). */
export interface DateRangeParameterDescriptor extends ParameterBase {
  type: 'date_range';
  default?: DateRangePreset | { after: string; before: string };
}

/** A single day or instant; its value is an ISO-8601 UTC instant. */
export interface DateParameterDescriptor extends ParameterBase {
  type: 'date';
  default?: string;
}

/** Pick one of `choices`; its value is the chosen `value`. */
export interface ChoiceParameterDescriptor extends ParameterBase {
  type: 'choice';
  choices: ChoiceDescriptor[];
  default?: string;
}

/** Pick any of `choices`, or all; its value is `{ all, choices }` as in connect-reports-core. */
export interface CheckboxParameterDescriptor extends ParameterBase {
  type: 'checkbox';
  choices: ChoiceDescriptor[];
  default?: { all: boolean; choices: string[] };
}

/** Free text, or with `format: "integer"` a whole number within `minimum`..`maximum`. */
export interface SingleLineParameterDescriptor extends ParameterBase {
  type: 'single_line';
  format?: 'text' | 'integer';
  pattern?: string;
  minimum?: number;
  maximum?: number;
  default?: string | number;
}

/** A JSON object, passed through to the report as is. */
export interface ObjectParameterDescriptor extends ParameterBase {
  type: 'object';
  default?: Record<string, unknown>;
}

/** Any parameter of a report. */
export type ParameterDescriptor =
  | DateRangeParameterDescriptor
  | DateParameterDescriptor
  | ChoiceParameterDescriptor
  | CheckboxParameterDescriptor
  | SingleLineParameterDescriptor
  | ObjectParameterDescriptor;

/** One report of the descriptor. */
export interface ReportDescriptor {
  id: string;
  name: string;
  description: string;
  audience: Audience[];
  /** Module ids the token must hold for the report's API calls (checked by the platform, named in errors). */
  required_modules?: string[];
  renderers: RendererId[];
  default_renderer: RendererId;
  parameters: ParameterDescriptor[];
}

/** The whole `reports.json`. */
export interface ReportsDescriptor {
  name: string;
  description?: string;
  version: string;
  readme_file?: string;
  reports: ReportDescriptor[];
}
