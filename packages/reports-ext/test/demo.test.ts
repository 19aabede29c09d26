import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDescriptor } from '../src/descriptor/descriptor';
import { runDemo, type DemoResult } from '../src/demo/run-demo';

let dir: string;
let result: DemoResult;
const lines: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reports-demo-'));
  result = await runDemo({ outDir: dir, tokens: 40, env: {}, log: (line) => lines.push(line) });
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the demo', () => {
  it('starts the emulator over HTTP on a loopback port', () => {
    expect(result.emulated).toBe(true);
    expect(result.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/public\/v1$/);
    expect(lines[0]).toContain(result.endpoint);
  });

  it('runs every report and writes each file it reports', async () => {
    const files = await readdir(dir);
    for (const report of getDescriptor().reports) {
      expect(result.reports.some((r) => r.summary.report.id === report.id)).toBe(true);
    }
    for (const r of result.reports) expect(files).toContain(r.fileName);
    expect(files.some((f) => f.endsWith('.zip'))).toBe(true);
    expect(lines.filter((l) => l.includes('wrote '))).toHaveLength(result.reports.length);
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
