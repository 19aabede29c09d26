import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runNode } from './helpers';

const scratch = mkdtempSync(join(tmpdir(), 'bin-wrappers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const WRAPPERS = [
  {
    pkg: 'apps/mock-server',
    bin: 'connect-tokens-mock',
    file: 'bin/connect-tokens-mock.js',
    help: 'Usage: connect-tokens-mock [options]',
  },
  { pkg: 'packages/reports-ext', bin: 'connect-reports', file: 'bin/connect-reports.js', help: 'connect-reports list' },
];

describe.each(WRAPPERS)('the committed $bin wrapper', ({ pkg, bin, file, help }) => {
  it('is the bin npm links at install time, so it exists before the first build', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, pkg, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      files: string[];
    };
    expect(manifest.bin[bin]).toBe(file);
    expect(manifest.files).toContain('bin');
  });

  it('says in one line that the build is missing and how to build, exit 1', () => {
    const copy = join(scratch, bin);
    mkdirSync(join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, pkg, file), join(copy, file));
    cpSync(join(ROOT, pkg, 'package.json'), join(copy, 'package.json'));
    const result = runNode([join(copy, file), '--help']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `${bin} is not built yet: run "npm run build" at the root of the connect-tokens repository.\n`,
    );
  });

  it('runs the built CLI with its arguments', () => {
    const result = runNode([join(ROOT, pkg, file), '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(help);
  });
});
