// Reads the JSON report vitest writes to `<workspace>/.vitest-report.json` and counts tests the way a reader does:
// one per `it`, never per `describe` block (vitest's `numFailedTestSuites` counts every failed describe too).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPORT_FILE = '.vitest-report.json';

/**
 * @param {string} workspaceDir absolute path of the workspace
 * @returns {{ passed: number, failed: number, skipped: number, brokenFiles: string[] } | undefined} undefined when
 *   the workspace wrote no report (its tests did not run)
 */
export function readVitestReport(workspaceDir) {
  const file = join(workspaceDir, REPORT_FILE);
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const counts = { passed: 0, failed: 0, skipped: 0, brokenFiles: [] };
  for (const testFile of report.testResults ?? []) {
    const tests = testFile.assertionResults ?? [];
    for (const test of tests) {
      if (test.status === 'passed') counts.passed++;
      else if (test.status === 'failed') counts.failed++;
      else counts.skipped++;
    }
    // A file that failed to load or whose hooks threw has no failed test of its own; it is a failure all the same.
    if (testFile.status === 'failed' && !tests.some((test) => test.status === 'failed')) {
      counts.brokenFiles.push(
        testFile.name.startsWith(workspaceDir) ? testFile.name.slice(workspaceDir.length + 1) : testFile.name,
      );
    }
  }
  return counts;
}
