import type { ParameterDescriptor, ReportsDescriptor } from './descriptor-types';

function pascal(id: string): string {
  return id
    .split(/[-_]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

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
 * Renders the TypeScript declarations of every report's resolved parameters from the descriptor: the source of
 * `src/generated/report-parameters.ts`. A test compares the file with this output so the types cannot drift from
 * `reports.json`; `npm run generate` rewrites it.
 */
export function renderParameterTypes(descriptor: ReportsDescriptor): string {
  const out: string[] = [
    '// Generated from reports.json by src/descriptor/parameter-typegen.ts (npm run generate). Do not edit.',
    '',
    "import type { CheckboxValue, DateRangeValue } from '../parameters/parameter-values';",
    '',
  ];
  for (const report of descriptor.reports) {
    out.push(`/** Resolved parameters of "${report.name}" (\`${report.id}\`). */`);
    out.push(`export interface ${pascal(report.id)}Parameters {`);
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
  for (const report of descriptor.reports) out.push(`  '${report.id}': ${pascal(report.id)}Parameters;`);
  out.push('}', '');
  out.push('/** The id of a report in reports.json. */');
  out.push('export type ReportId = keyof ReportParametersById;', '');
  return out.join('\n');
}
