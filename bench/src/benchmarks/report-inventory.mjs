// Token inventory report → xlsx and csv files, against paging the same tokens with the same query only. Each run is a
// fresh process (time and peak RSS measured there); runs interleaved.
//
// Two settings:
// - over the emulator on loopback HTTP (the checks): 100k tokens in full mode (10k quick). The emulator serializes
//   and orders its whole store for every page (~0.1 s a page of 500 at 100k), so one run takes ~22 s; server time
//   dominates both sides of the ratio.
// - over a synthetic in-process fetch (info rows): the same 100k tokens served instantly, so the ratio shows the
//   report's own cost on top of the SDK's paging (a worst case for the ratio; its RSS includes the fake server).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, interleave, log, row, runWorker, stats } from '../harness.mjs';

export const name = 'report-inventory';
export const title = 'Token inventory report → xlsx and csv, vs paging the same tokens only';

export async function run({ quick, emulator }) {
  const tokens = quick ? 10_000 : 100_000;
  const runs = quick ? 2 : 3;
  const syntheticRows = 100_000;
  const syntheticRuns = quick ? 1 : 3;
  const emu = await emulator(tokens);
  const dir = mkdtempSync(join(tmpdir(), 'ct-bench-report-'));
  const peaks = { page: [], csv: [], xlsx: [] };
  try {
    const one = (mode) => async () => {
      const r = await runWorker('report.mjs', ['--mode', mode, '--base', emu.base, '--key', emu.key, '--out', dir]);
      if (r.rows !== emu.tokens) throw new Error(`${mode}: ${r.rows} rows, expected ${emu.tokens}`);
      peaks[mode].push(r.maxRss);
      log(`HTTP ${mode.padEnd(5)} ${(r.ms / 1000).toFixed(1)} s, peak RSS ${(r.maxRss / 1e6).toFixed(0)} MB`);
      return r.ms;
    };
    const t = await interleave({ page: one('page'), csv: one('csv'), xlsx: one('xlsx') }, { runs, warmup: 0 });

    const templates = join(dir, 'templates.json');
    await runWorker('templates.mjs', ['--out', templates]);
    const synth = (mode) => async () => {
      const r = await runWorker('report.mjs', ['--mode', mode, '--synthetic-rows', syntheticRows, '--templates', templates, '--out', dir]);
      if (r.rows !== syntheticRows) throw new Error(`synthetic ${mode}: ${r.rows} rows, expected ${syntheticRows}`);
      log(`synthetic ${mode.padEnd(5)} ${(r.ms / 1000).toFixed(1)} s, peak RSS ${(r.maxRss / 1e6).toFixed(0)} MB`);
      return r.ms;
    };
    const s = await interleave({ page: synth('page'), csv: synth('csv'), xlsx: synth('xlsx') }, { runs: syntheticRuns, warmup: 0 });

    const rCsv = t.csv.median / t.page.median;
    const rXlsx = t.xlsx.median / t.page.median;
    const maxPeak = (m) => Math.max(...peaks[m]);
    const n = (v) => v.toLocaleString('en-US');
    return {
      setup: `runReport({ reportId: 'token-inventory', renderer }) to a file, page size 500; baseline: list.count() + for await over the same query; a fresh process per run. Checks: over the emulator on loopback HTTP, ${n(emu.tokens)} tokens, ${runs} run(s) each. Info: synthetic in-process fetch, ${n(syntheticRows)} tokens, ${syntheticRuns} run(s) each.`,
      rows: [
        row(`HTTP: paging only (same query)`, t.page, 'ms', { role: 'baseline', ratio: 1 }),
        row(`HTTP: report → csv`, t.csv, 'ms', { role: 'measured', ratio: rCsv }),
        row(`HTTP: report → xlsx`, t.xlsx, 'ms', { role: 'measured', ratio: rXlsx }),
        row('HTTP: peak RSS, paging only', stats(peaks.page), 'bytes', { role: 'info' }),
        row('HTTP: peak RSS, csv', stats(peaks.csv), 'bytes', { role: 'measured' }),
        row('HTTP: peak RSS, xlsx', stats(peaks.xlsx), 'bytes', { role: 'measured' }),
        row('synthetic: paging only', s.page, 'ms', { role: 'info', ratio: 1 }),
        row('synthetic: report → csv', s.csv, 'ms', { role: 'info', ratio: s.csv.median / s.page.median }),
        row('synthetic: report → xlsx', s.xlsx, 'ms', { role: 'info', ratio: s.xlsx.median / s.page.median }),
      ],
      checks: [
        check({ name: 'csv report time / paging time (HTTP)', value: rCsv, op: '<=', target: 1.5 }),
        check({ name: 'xlsx report time / paging time (HTTP)', value: rXlsx, op: '<=', target: 1.5 }),
        check({ name: 'peak RSS of the csv report process', value: maxPeak('csv'), op: '<=', target: 300e6, unit: 'bytes' }),
        check({ name: 'peak RSS of the xlsx report process', value: maxPeak('xlsx'), op: '<=', target: 300e6, unit: 'bytes' }),
      ],
      notes: [
        `with an instant (synthetic) server the report costs csv ${(s.csv.median / s.page.median).toFixed(2)}×, xlsx ${(s.xlsx.median / s.page.median).toFixed(2)}× the paging (info, not the target's setting)`,
      ],
      metrics: {
        tokens: emu.tokens,
        pageMs: t.page.median,
        csvMs: t.csv.median,
        xlsxMs: t.xlsx.median,
        csvRatio: rCsv,
        xlsxRatio: rXlsx,
        peakRss: { page: maxPeak('page'), csv: maxPeak('csv'), xlsx: maxPeak('xlsx') },
        synthetic: { rows: syntheticRows, pageMs: s.page.median, csvMs: s.csv.median, xlsxMs: s.xlsx.median },
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
