import type { ParameterDescriptor, ReportsDescriptor } from './descriptor-types';
import { generatedBanner } from './generated-banner';
import { reportParametersTypeName } from './report-names';

function valueType(p: ParameterDescriptor): string {
  switch (p.type) {
    case 'date_range':
      return 'DateRangeValue';
    case 'date':
      return 'string';
    case 'choice':
      return p.choices.map((c) => JSON.stringify(c.value)).join(' | ');
    case 'checkbox':
      return `CheckboxValue & { choices: (${p.choices.map((c) => JSON.stringify(c.value)).join(' | ')})[] }`;
    case 'single_line':
      return p.format === 'integer' ? 'number' : 'string';
    case 'object':
      return 'Record<string, unknown>';
  }
}

/**
 * Renders the TypeScript declarations of every report's resolved parameters from the descriptor: the content of
 * `src/generated/report-parameters.ts`, which `scripts/generate-reports.mjs` writes (`npm run generate`) and checks
 * (`--check`, part of `npm run typecheck`) so the types cannot drift from `reports.json`.
 */
export function renderParameterTypes(descriptor: ReportsDescriptor): string {
  const out: string[] = [
    generatedBanner('The resolved parameters of every report in reports.json, typed.'),
    "import type { CheckboxValue, DateRangeValue } from '../parameters/parameter-values';",
    '',
  ];
  for (const report of descriptor.reports) {
    out.push(`/** Resolved parameters of "${report.name}" (\`${report.id}\`). */`);
    out.push(`export interface ${reportParametersTypeName(report.id)} {`);
    for (const p of report.parameters) {
      // A parameter with a default always has a value once resolved, even when it is not required.
      const optional = !p.required && p.default === undefined;
      out.push(`  /** ${p.name}: ${p.description} */`);
      out.push(`  ${p.id}${optional ? '?' : ''}: ${valueType(p)};`);
    }
    out.push('}', '');
  }
  out.push('/** Resolved parameters by report id. */');
  out.push('export interface ReportParametersById {');
  for (const report of descriptor.reports) out.push(`  '${report.id}': ${reportParametersTypeName(report.id)};`);
  out.push('}', '');
  out.push('/** The id of a report in reports.json. */');
  out.push('export type ReportId = keyof ReportParametersById;', '');
  return out.join('\n');
}
