/** The value of a `date_range` parameter: ISO-8601 UTC instants, `after` inclusive and `before` exclusive. */
export interface DateRangeValue {
  after: string;
  before: string;
}

/**
 * The value of a `checkbox` parameter, as in connect-reports-core: `all: true` means no filter (whatever `choices`
 * holds); otherwise `choices` lists the picked values.
 */
export interface CheckboxValue {
  all: boolean;
  choices: string[];
}

/** Any resolved parameter value. */
export type ParameterValue = DateRangeValue | CheckboxValue | string | number | Record<string, unknown>;

/** Whether a checkbox value lets `value` through. */
export function isChecked(checkbox: CheckboxValue | undefined, value: string): boolean {
  return !checkbox || checkbox.all || checkbox.choices.includes(value);
}
