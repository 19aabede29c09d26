import type { ReportsDescriptor } from './descriptor-types';
import { generatedBanner } from './generated-banner';
import { reportModuleName } from './report-names';

/** Where the code of a report lives, by convention: one file named after its id. */
export function reportCodePath(id: string): string {
  return `src/reports/${id}.ts`;
}

/**
 * Renders `src/generated/report-registry.ts`: every report of the descriptor bound to the `ReportModule` its file
 * exports (`src/reports/token-inventory.ts` exports `tokenInventory`), so adding a report never means editing a list.
 */
export function renderReportRegistry(descriptor: ReportsDescriptor): string {
  const ids = descriptor.reports.map((r) => r.id);
  const out: string[] = [
    generatedBanner('Every report in reports.json bound to its code in src/reports/<id>.ts.'),
    "import type { ReportModule } from '../reports/report-types';",
    "import type { ReportId, ReportParametersById } from './report-parameters';",
  ];
  for (const id of ids) out.push(`import { ${reportModuleName(id)} } from '../reports/${id}';`);
  out.push(
    '',
    "// Keyed by report id and typed by its descriptor's parameters, so a missing report, or code whose parameters do",
    "// not fit its descriptor's, does not compile.",
    'const modules: { [Id in ReportId]: ReportModule<ReportParametersById[Id]> } = {',
  );
  for (const id of ids) out.push(`  '${id}': ${reportModuleName(id)},`);
  out.push(
    '};',
    '',
    '/** The code of every report in reports.json, by id. */',
    'export const REPORT_MODULES: Readonly<Record<string, ReportModule<never>>> = modules;',
    '',
  );
  return out.join('\n');
}
