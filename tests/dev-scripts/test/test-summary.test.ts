import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNode } from './helpers';

let repo: string;

/** A vitest JSON report: one test file per entry of `files`, each a list of test statuses. */
function report(dir: string, files: { name: string; status: 'passed' | 'failed'; tests: string[] }[]) {
  writeFileSync(
    join(dir, '.vitest-report.json'),
    JSON.stringify({
      // What vitest's own counters say for one failing `it` nested in two describes: three failed "suites".
      numFailedTestSuites: 3,
      testResults: files.map((f) => ({
        name: join(dir, f.name),
        status: f.status,
        assertionResults: f.tests.map((status, i) => ({ title: `t${i}`, ancestorTitles: ['outer', 'inner'], status })),
      })),
    }),
  );
}

function workspace(dir: string, name: string, scripts: Record<string, string>) {
  mkdirSync(join(repo, dir), { recursive: true });
  writeFileSync(join(repo, dir, 'package.json'), JSON.stringify({ name, scripts }));
  return join(repo, dir);
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'test-summary-'));
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ workspaces: ['packages/*', 'bench'] }));
  report(workspace('packages/a', '@x/a', { test: 'vitest run' }), [
    { name: 'test/one.test.ts', status: 'failed', tests: ['passed', 'failed', 'passed'] },
    { name: 'test/two.test.ts', status: 'passed', tests: ['passed', 'skipped'] },
  ]);
  report(workspace('packages/b', '@x/b', { test: 'vitest run' }), [
    { name: 'test/broken.test.ts', status: 'failed', tests: [] },
  ]);
  workspace('packages/c', '@x/c', { test: 'vitest run' }); // its build failed: no report
  workspace('bench', '@x/bench', { bench: 'node run.mjs' }); // no tests at all
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('npm test summary', () => {
  it('counts failed tests, not describe blocks, and names files that could not run', () => {
    const result = runNode(['scripts/test-summary.mjs', '--root', repo, '1']);
    expect(result.stdout).toContain('@x/a  3 passed, 1 failed, 1 skipped\n');
    expect(result.stdout).toContain('@x/b  0 passed, 0 failed, test files that could not run: test/broken.test.ts\n');
    expect(result.stdout).toMatch(
      /^Tests: 3 passed, 1 failed, 1 skipped, 1 test files could not run, 2 of 3 workspaces ran their tests$/m,
    );
    expect(result.status).toBe(1);
  });

  it('says which workspaces did not run their tests, and ignores those without tests', () => {
    const result = runNode(['scripts/test-summary.mjs', '--root', repo, '1']);
    expect(result.stdout).toMatch(
      /@x\/c\s+did not run \(its build, lint or typecheck failed, or one it depends on did\)/,
    );
    expect(result.stdout).not.toContain('@x/bench');
    expect(result.stdout).toContain('exited with status 1');
  });

  it('with --expect, reports only the workspaces a filtered run was meant to test', () => {
    const result = runNode(['scripts/test-summary.mjs', '--root', repo, '--expect', '@x/c', '0']);
    expect(result.stdout).toContain('Tests: 0 passed, 0 failed, 0 of 1 workspaces ran their tests');
    expect(result.stdout).not.toContain('@x/a');
    expect(result.status).toBe(1);
  });

  it('passes when every expected workspace ran and passed', () => {
    const result = runNode(['scripts/test-summary.mjs', '--root', repo, '--expect', '@x/a', '0']);
    expect(result.status).toBe(1); // @x/a has a failed test
    report(join(repo, 'packages/c'), [{ name: 'test/ok.test.ts', status: 'passed', tests: ['passed'] }]);
    const ok = runNode(['scripts/test-summary.mjs', '--root', repo, '--expect', '@x/c', '0']);
    expect(ok.stdout).toContain('Tests: 1 passed, 0 failed, 1 of 1 workspaces ran their tests');
    expect(ok.status).toBe(0);
    const unformatted = runNode([
      'scripts/test-summary.mjs',
      '--root',
      repo,
      '--expect',
      '@x/c',
      '0',
      '--lint-status=1',
    ]);
    expect(unformatted.stdout).toContain('The Biome format and lint check (npm run lint:repo) failed with status 1');
    expect(unformatted.status).toBe(1);
  });

  it('--clean removes the reports of an earlier run', () => {
    runNode(['scripts/test-summary.mjs', '--root', repo, '--clean']);
    expect(existsSync(join(repo, 'packages/a/.vitest-report.json'))).toBe(false);
  });
});
