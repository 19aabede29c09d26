#!/usr/bin/env node
// `node scripts/test-summary.mjs [--root <dir>] [--expect <name,…>] <run status>`: the closing lines of `npm test`.
// One line per workspace with tests (or per workspace named in --expect, when a filter ran only some) (passed, failed, skipped, test files that could not run), the workspaces whose tests did not
// run at all (turbo stopped, or their build, lint or typecheck failed), and one total. Exits 1 when anything failed or
// did not run, or when the run's own status (first argument) is not 0.
// `node scripts/test-summary.mjs [--root <dir>] --clean` removes the reports of an earlier run.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readVitestReport, REPORT_FILE } from './lib/vitest-report.mjs';
import { listWorkspaces } from './lib/workspaces.mjs';

const args = process.argv.slice(2);
let root = fileURLToPath(new URL('..', import.meta.url));
const rootAt = args.indexOf('--root');
if (rootAt !== -1) {
  root = args[rootAt + 1];
  args.splice(rootAt, 2);
}
let expected;
const expectAt = args.indexOf('--expect');
if (expectAt !== -1) {
  expected = new Set(args[expectAt + 1].split(',').filter(Boolean));
  args.splice(expectAt, 2);
}
const tested = listWorkspaces(root).filter((w) => w.scripts.test && (!expected || expected.has(w.name)));

if (args[0] === '--clean') {
  for (const w of tested) rmSync(join(root, w.dir, REPORT_FILE), { force: true });
  process.exit(0);
}

const runStatus = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 0);
// `npm test` runs the repository-wide Biome check before turbo and passes its exit status here, so a formatting or
// lint failure fails the run without stopping the build and tests from reporting too.
const lintStatus = Number(args.find((arg) => arg.startsWith('--lint-status='))?.split('=')[1] ?? 0);
const total = { passed: 0, failed: 0, skipped: 0, broken: 0 };
const notRun = [];
const width = Math.max(...tested.map((w) => w.name.length));
for (const w of tested) {
  const counts = readVitestReport(join(root, w.dir));
  if (!counts) {
    notRun.push(w.name);
    continue;
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  total.broken += counts.brokenFiles.length;
  const parts = [`${counts.passed} passed`, `${counts.failed} failed`];
  if (counts.skipped) parts.push(`${counts.skipped} skipped`);
  if (counts.brokenFiles.length) parts.push(`test files that could not run: ${counts.brokenFiles.join(', ')}`);
  console.log(`  ${w.name.padEnd(width)}  ${parts.join(', ')}`);
}
for (const name of notRun)
  console.log(`  ${name.padEnd(width)}  did not run (its build, lint or typecheck failed, or one it depends on did)`);
if (lintStatus !== 0)
  console.log(
    `The Biome format and lint check (npm run lint:repo) failed with status ${lintStatus}; see docs/lint.md.`,
  );
if (runStatus !== 0)
  console.log(`The build, lint, typecheck or test run exited with status ${runStatus}: its errors are above.`);
const summary = [`Tests: ${total.passed} passed`, `${total.failed} failed`];
if (total.skipped) summary.push(`${total.skipped} skipped`);
if (total.broken) summary.push(`${total.broken} test files could not run`);
summary.push(`${tested.length - notRun.length} of ${tested.length} workspaces ran their tests`);
console.log(summary.join(', '));
process.exit(runStatus !== 0 || lintStatus !== 0 || total.failed > 0 || total.broken > 0 || notRun.length > 0 ? 1 : 0);
