import raw from '../../reports.json';
import type { ReportDescriptor, ReportsDescriptor } from './descriptor-types';

/**
 * The package's own `reports.json`, bundled when the package is built. It is validated where it is written, not at
 * run time: `npm run generate` (and the `--check` of `npm run typecheck`) runs `validateDescriptor` on it before
 * generating the types and the registry from it, and the tests do too. A run would only compile the schema validator
 * again for a file that cannot have changed since.
 */
const descriptor = raw as unknown as ReportsDescriptor;

/** The package's own `reports.json`. */
export function getDescriptor(): ReportsDescriptor {
  return descriptor;
}

/** The descriptor entry of one report, or `undefined` when no report has that id. */
export function findReportDescriptor(id: string): ReportDescriptor | undefined {
  return descriptor.reports.find((r) => r.id === id);
}
