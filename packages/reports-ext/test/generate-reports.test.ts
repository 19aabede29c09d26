import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { getDescriptor } from '../src/descriptor/descriptor';
import { renderParameterTypes } from '../src/descriptor/parameter-typegen';
import { renderReportRegistry } from '../src/descriptor/registry-typegen';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const script = join(packageRoot, 'scripts', 'generate-reports.mjs');

function generate(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of what the generator reads and writes, so a test can change it without touching the package. */
function copyOfPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reports-generate-'));
  copies.push(dir);
  for (const path of ['reports.json', 'src/reports', 'src/generated'])
    cpSync(join(packageRoot, path), join(dir, path), { recursive: true });
  return dir;
}

function addDescriptor(root: string, id: string): void {
  const file = join(root, 'reports.json');
  const descriptor = JSON.parse(readFileSync(file, 'utf8')) as { reports: Record<string, unknown>[] };
  descriptor.reports.push({
    ...descriptor.reports[0],
    id,
    name: 'Throwaway',
    parameters: [
      { id: 'days', type: 'single_line', format: 'integer', name: 'Days', description: 'Days.', required: true },
    ],
  });
  writeFileSync(file, JSON.stringify(descriptor, null, 2));
}

const throwawayCode = `import type { ThrowawayReportParameters } from '../generated/report-parameters';
import type { ReportModule } from './report-types';

export const throwawayReport: ReportModule<ThrowawayReportParameters> = {
  id: 'throwaway-report',
  columns: () => [],
  async *generate() {},
};
`;

describe('generated report code', () => {
  it('matches reports.json (run `npm run generate` after changing the descriptor)', () => {
    const descriptor = getDescriptor();
    expect(readFileSync(join(packageRoot, 'src/generated/report-parameters.ts'), 'utf8')).toBe(
      renderParameterTypes(descriptor),
    );
    expect(readFileSync(join(packageRoot, 'src/generated/report-registry.ts'), 'utf8')).toBe(
      renderReportRegistry(descriptor),
    );
  });

  it('generate --check passes on the committed package', () => {
    const run = generate('--check');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('generated report code matches reports.json');
  });

  it('is marked as generated, naming its source and the command that rewrites it', () => {
    for (const file of ['report-parameters.ts', 'report-registry.ts']) {
      const source = readFileSync(join(packageRoot, 'src/generated', file), 'utf8');
      expect(source.startsWith('/**\n * GENERATED FILE: do not edit.')).toBe(true);
      expect(source).toContain('Regenerate with `npm run generate -w @connect-tokens/reports-ext`');
    }
  });
});

describe('generate --check', () => {
  it('fails when a report in reports.json has no code, naming the file to create', () => {
    const root = copyOfPackage();
    addDescriptor(root, 'throwaway-report');
    const run = generate('--check', '--root', root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'report "throwaway-report" in reports.json has no code: create src/reports/throwaway-report.ts',
    );
    expect(run.stderr).toContain('export const throwawayReport: ReportModule<ThrowawayReportParameters>');
  });

  it('fails when a report file does not export the module its id names', () => {
    const root = copyOfPackage();
    addDescriptor(root, 'throwaway-report');
    writeFileSync(
      join(root, 'src/reports/throwaway-report.ts'),
      throwawayCode.replace('throwawayReport:', 'throwaway:'),
    );
    const run = generate('--check', '--root', root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('src/reports/throwaway-report.ts does not export throwawayReport');
  });

  it('fails when a report has code but no entry in reports.json', () => {
    const root = copyOfPackage();
    writeFileSync(join(root, 'src/reports/throwaway-report.ts'), throwawayCode);
    const run = generate('--check', '--root', root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'src/reports/throwaway-report.ts defines a report but reports.json has no report "throwaway-report"',
    );
  });

  it('fails when the generated files drift, and passes once generate has rewritten them', () => {
    const root = copyOfPackage();
    addDescriptor(root, 'throwaway-report');
    writeFileSync(join(root, 'src/reports/throwaway-report.ts'), throwawayCode);

    const stale = generate('--check', '--root', root);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('src/generated/report-parameters.ts is out of date with reports.json');
    expect(stale.stderr).toContain('src/generated/report-registry.ts is out of date with reports.json');

    expect(generate('--root', root).status).toBe(0);
    const registry = readFileSync(join(root, 'src/generated/report-registry.ts'), 'utf8');
    expect(registry).toContain("import { throwawayReport } from '../reports/throwaway-report';");
    expect(registry).toContain("'throwaway-report': throwawayReport,");
    const parameters = readFileSync(join(root, 'src/generated/report-parameters.ts'), 'utf8');
    expect(parameters).toContain(
      'export interface ThrowawayReportParameters {\n  /** Days: Days. */\n  days: number;\n}',
    );
    expect(generate('--check', '--root', root).status).toBe(0);
  });

  it('rejects an unknown argument or a --root without a folder, with its usage', () => {
    for (const args of [['--chek'], ['--root'], ['--root', '--check']]) {
      const run = generate(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('usage: generate-reports.mjs [--check] [--root <package dir>]');
    }
  });

  it('rejects a reports.json that is not valid JSON or not a valid descriptor, saying why', () => {
    const root = copyOfPackage();
    writeFileSync(join(root, 'reports.json'), '{ "reports": [');
    const notJson = generate('--check', '--root', root);
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toMatch(/^reports\.json is not valid JSON: /);

    writeFileSync(join(root, 'reports.json'), JSON.stringify({ name: 'x', reports: [{ id: 'x' }] }));
    const invalid = generate('--check', '--root', root);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/^reports\.json does not match reports\.schema\.json:\n {2}\//);
  });
});
