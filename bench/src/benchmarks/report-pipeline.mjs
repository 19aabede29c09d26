// The report layers' own cost: token-inventory through runReport over an in-process synthetic source (no server)
// against a minimal pipeline that reads the same pages and writes the same file with the same library
// (workers/report-minimal.mjs). A fresh process per run, runs interleaved.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, interleave, log, row, runWorker } from '../harness.mjs';

export const name = 'report-pipeline';
export const title = 'Token inventory in-process: runReport vs a minimal pipeline (same pages, same writer)';

export async function run({ quick }) {
  const rows = quick ? 20_000 : 100_000;
  const runs = quick ? 2 : 5;
  const dir = mkdtempSync(join(tmpdir(), 'ct-bench-pipeline-'));
  try {
    const templates = join(dir, 'templates.json');
    await runWorker('templates.mjs', ['--out', templates]);
    const one = (worker, mode) => async () => {
      const r = await runWorker(worker, [
        '--mode',
        mode,
        '--synthetic-rows',
        rows,
        '--templates',
        templates,
        '--out',
        dir,
      ]);
      if (r.rows !== rows) throw new Error(`${worker} ${mode}: ${r.rows} rows, expected ${rows}`);
      log(`${worker === 'report.mjs' ? 'runReport' : 'minimal  '} ${mode.padEnd(4)} ${(r.ms / 1000).toFixed(2)} s`);
      return r.ms;
    };
    const t = await interleave(
      {
        minimalCsv: one('report-minimal.mjs', 'csv'),
        reportCsv: one('report.mjs', 'csv'),
        minimalXlsx: one('report-minimal.mjs', 'xlsx'),
        reportXlsx: one('report.mjs', 'xlsx'),
      },
      { runs, warmup: 0 },
    );
    const csv = t.reportCsv.median / t.minimalCsv.median;
    const xlsx = t.reportXlsx.median / t.minimalXlsx.median;
    return {
      setup: `${rows.toLocaleString('en-US')} tokens from the synthetic in-process fetch in pages of 500, to a file; ${runs} fresh process(es) per variant, interleaved`,
      rows: [
        row('minimal pipeline → csv', t.minimalCsv, 'ms', { role: 'baseline', ratio: 1 }),
        row('runReport token-inventory → csv', t.reportCsv, 'ms', { role: 'measured', ratio: csv }),
        row('minimal pipeline → xlsx (exceljs)', t.minimalXlsx, 'ms', { role: 'baseline', ratio: 1 }),
        row('runReport token-inventory → xlsx', t.reportXlsx, 'ms', { role: 'measured', ratio: xlsx }),
      ],
      checks: [
        check({
          name: 'csv: runReport time ÷ minimal pipeline',
          value: csv,
          op: '<=',
          target: 1.1,
          spread: { measured: t.reportCsv, baseline: t.minimalCsv },
        }),
        check({
          name: 'xlsx: runReport time ÷ minimal pipeline',
          value: xlsx,
          op: '<=',
          target: 1.1,
          spread: { measured: t.reportXlsx, baseline: t.minimalXlsx },
        }),
      ],
      metrics: { rows, csv, xlsx, ms: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.median])) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
