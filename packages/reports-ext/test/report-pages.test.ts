import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findReportDescriptor } from '../src/descriptor/descriptor';
import { resolveParameters } from '../src/parameters/resolve-parameters';
import { REPORT_MODULES } from '../src/generated/report-registry';
import type { ReportModule } from '../src/reports/report-types';
import { runReport } from '../src/run-report';
import { NOW, startTestPlatform, type TestPlatform } from './helpers/emulator';

let env: TestPlatform;
let dir: string;
let total: number;

beforeAll(async () => {
  // More than two pages of 500 (the reports' page size), so there is a first, a middle and a last page.
  env = await startTestPlatform({ seedTokens: 1_100 });
  dir = await mkdtemp(join(tmpdir(), 'reports-pages-'));
  total = env.platform.store.tokens.list().length;
});
afterAll(async () => {
  env.close();
  await rm(dir, { recursive: true, force: true });
});

describe('rows pass through the report a page at a time', () => {
  it('token-inventory yields one batch of rows per API page of 500', async () => {
    const descriptor = findReportDescriptor('token-inventory')!;
    const parameters = resolveParameters(descriptor, {}, { now: NOW });
    const report = REPORT_MODULES['token-inventory'] as unknown as ReportModule<typeof parameters>;
    const context = {
      progress: () => undefined,
      renderer: 'csv' as const,
      signal: new AbortController().signal,
      now: NOW,
    };
    const sizes: number[] = [];
    const ids = new Set<unknown>();
    for await (const rows of report.generate(env.client, parameters, context)) {
      sizes.push(rows.length);
      for (const row of rows) ids.add(row['id']);
    }
    expect(total).toBeGreaterThan(1_000);
    expect(sizes).toEqual([500, 500, total - 1_000]);
    expect(ids.size).toBe(total);
  });

  it('progress is reported once per page, counting the rows read so far against the total', async () => {
    const progress: [number, number | undefined][] = [];
    const result = await runReport({
      client: env.client,
      reportId: 'token-inventory',
      renderer: 'csv',
      output: dir,
      fileName: 'paged',
      now: NOW,
      onProgress: (done, of) => progress.push([done, of]),
    });
    expect(result.rows).toBe(total);
    expect(progress).toEqual([
      [0, total],
      [500, total],
      [1_000, total],
      [total, total],
    ]);
  });

  it('a run cancelled while its last page is written leaves no file', async () => {
    const controller = new AbortController();
    const run = runReport({
      client: env.client,
      reportId: 'token-inventory',
      renderer: 'csv',
      output: dir,
      fileName: 'cancelled-last-page',
      now: NOW,
      signal: controller.signal,
      onProgress: (done) => {
        if (done === total) controller.abort(new Error('cancelled at the end'));
      },
    });
    await expect(run).rejects.toThrow('cancelled at the end');
    expect((await readdir(dir)).filter((f) => f.startsWith('cancelled-last-page'))).toEqual([]);
  });
});
