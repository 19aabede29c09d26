import raw from '../../reports.json';
import type { ReportDescriptor, ReportsDescriptor } from './descriptor-types';
import { validateDescriptor } from './validate-descriptor';

let descriptor: ReportsDescriptor | undefined;

/** The package's own `reports.json`, validated on first use. */
export function getDescriptor(): ReportsDescriptor {
  descriptor ??= validateDescriptor(raw);
  return descriptor;
}

/** The descriptor entry of one report, or `undefined` when no report has that id. */
export function findReportDescriptor(id: string): ReportDescriptor | undefined {
  return getDescriptor().reports.find((r) => r.id === id);
}
