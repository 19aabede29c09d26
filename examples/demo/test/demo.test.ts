import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getDescriptor } from '@connect-tokens/reports-ext';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareAccount } from '../src/prepare-account.ts';
import { runDemo, type DemoResult } from '../src/run-demo.ts';
import { startEmulator } from '../src/start-emulator.ts';

let dir: string;
let result: DemoResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'demo-'));
  result = await runDemo({ outDir: join(dir, 'api'), tokens: 40, env: {} });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the demo', () => {
  it('runs every report against an emulator it starts on a loopback port', () => {
    expect(result.emulated).toBe(true);
    expect(result.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/public\/v1$/);
    for (const report of getDescriptor().reports) {
      expect(result.reports.some((r) => r.summary.report.id === report.id)).toBe(true);
    }
  });

  it('writes each file it reports, including a zip', async () => {
    const files = await readdir(join(dir, 'api'));
    for (const r of result.reports) expect(files).toContain(r.fileName);
    expect(files.some((f) => f.endsWith('.zip'))).toBe(true);
  });

  it('has data to show: tokens, audit events with denials, endpoint traffic', () => {
    const inventory = result.reports.find((r) => r.summary.report.id === 'token-inventory')!;
    expect(inventory.rows).toBeGreaterThanOrEqual(40);
    const audit = result.reports.find((r) => r.summary.report.id === 'audit-trail')!;
    expect(audit.rows).toBeGreaterThan(0);
    // An endpoint called by two applications and a primary token, plus a call without a valid token.
    const traffic = result.reports.find((r) => r.summary.report.id === 'endpoint-traffic')!;
    expect(traffic.rows).toBe(4);
  });
});

describe('npm start (src/main.ts)', () => {
  it('says which files it wrote where, how to open them and what to try next, and no stopped emulator URL', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['src/main.ts', '--out', join(dir, 'cli'), '--tokens', '20'],
      {
        cwd: join(import.meta.dirname, '..'),
        env: { ...process.env, CONNECT_ENDPOINT: '', CONNECT_API_KEY: '' },
      },
    );
    const files = await readdir(join(dir, 'cli'));
    expect(stdout).toContain(`Wrote ${files.length} report files to ${join(dir, 'cli')}/`);
    for (const file of files) expect(stdout).toContain(join(dir, 'cli', file));
    expect(stdout).toContain('in a browser');
    expect(stdout).toContain('npm run console');
    expect(stdout).toContain('npm run mock -- --seed-tokens 200');
    expect(stdout).not.toMatch(/127\.0\.0\.1:\d+/);
    expect(stdout).not.toContain('ApiKey');
    expect(stderr).not.toMatch(/error/i);
  });

  it('refuses a bad flag in one line, with the usage', async () => {
    const run = promisify(execFile)(process.execPath, ['src/main.ts', '--tokens', 'many'], {
      cwd: join(import.meta.dirname, '..'),
    });
    await expect(run).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--tokens must be an integer from 0 to 10000, got "many"'),
    });
  });
});

describe('with CONNECT_ENDPOINT and CONNECT_API_KEY', () => {
  it('runs the reports against that endpoint with that key, and starts no emulator', async () => {
    const emulator = await startEmulator({ seed: 3, tokens: 10 });
    try {
      const key = await prepareAccount(emulator.endpoint, emulator.adminKey);
      const external = await runDemo({
        outDir: join(dir, 'external'),
        env: { CONNECT_ENDPOINT: emulator.endpoint, CONNECT_API_KEY: key },
      });
      expect(external).toMatchObject({ endpoint: emulator.endpoint, emulated: false, seededTokens: 0 });
      expect(external.reports.find((r) => r.summary.report.id === 'token-inventory')!.rows).toBeGreaterThanOrEqual(10);
    } finally {
      await emulator.close();
    }
  });

  it('says in one line that the key was refused, without printing it (npm start)', async () => {
    const emulator = await startEmulator({ seed: 3, tokens: 0 });
    const wrongKey = `ApiKey SU-000-000-000:${'0'.repeat(40)}`;
    try {
      const run = promisify(execFile)(process.execPath, ['src/main.ts', '--out', join(dir, 'refused')], {
        cwd: join(import.meta.dirname, '..'),
        env: { ...process.env, CONNECT_ENDPOINT: emulator.endpoint, CONNECT_API_KEY: wrongKey },
      });
      const failure = (await run.then(
        () => expect.unreachable('the run should fail'),
        (error: unknown) => error,
      )) as { code: number; stderr: string };
      expect(failure.code).toBe(1);
      expect(failure.stderr.trim().split('\n')).toHaveLength(1);
      expect(failure.stderr).toMatch(/^npm start: .*401/);
      expect(failure.stderr).not.toContain('0'.repeat(40));
    } finally {
      await emulator.close();
    }
  });
});
