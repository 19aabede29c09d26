#!/usr/bin/env node
// Sums the vitest JSON reports every workspace writes to `.vitest-report.json` and prints one closing line, so a
// run of many packages ends with a single, honest total. `--clean` removes old reports before a run; otherwise the
// first argument is the exit status of the run, which this script passes on (or fails itself if a test failed).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaces = ['packages', 'apps', 'tests'].flatMap((dir) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((name) => join(root, dir, name)) : [],
);
const reports = workspaces.map((dir) => join(dir, '.vitest-report.json')).filter((file) => existsSync(file));

if (process.argv[2] === '--clean') {
  for (const file of reports) rmSync(file);
  process.exit(0);
}

const runStatus = Number(process.argv[2] ?? 0);
// `npm test` runs the repository-wide Biome check before turbo and passes its exit status here, so a formatting or
// lint failure fails the run without stopping the build and tests from reporting too.
const lintStatus = Number(process.argv.find((arg) => arg.startsWith('--lint-status='))?.split('=')[1] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const name = file.slice(root.length).replace(/\/\.vitest-report\.json$/, '');
  console.log(`  ${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
if (reports.length === 0) console.log('  no test reports were written');
if (lintStatus !== 0) {
  console.log(`the Biome format and lint check (npm run lint:repo) failed with status ${lintStatus}; see docs/lint.md`);
}
if (runStatus !== 0) console.log(`the build, lint, typecheck or test run exited with status ${runStatus}`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(runStatus !== 0 || lintStatus !== 0 || failed > 0 || reports.length === 0 ? 1 : 0);
