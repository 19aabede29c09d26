// What the emulator adds to a report: token-inventory → csv and xlsx over loopback HTTP from the emulator, in
// rows/s, against the same report over an in-process synthetic source serving the same number of tokens instantly.
// A fresh report process per run (the emulator in its own process, shared), runs interleaved.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, interleave, log, row, runWorker } from '../harness.mjs';

export const name = 'report-http';
export const title = 'Token inventory over HTTP from the emulator vs over an in-process synthetic source (rows/s)';

export async function run({ quick, emulator }) {
  const tokens = quick ? 20_000 : 100_000;
  const runs = quick ? 2 : 3;
  const emu = await emulator(tokens);
  const dir = mkdtempSync(join(tmpdir(), 'ct-bench-report-http-'));
  try {
    const templates = join(dir, 'templates.json');
    await runWorker('templates.mjs', ['--out', templates]);
    const one = (source, mode) => async () => {
      const args =
        source === 'http'
          ? ['--mode', mode, '--base', emu.base, '--key', emu.key, '--out', dir]
          : ['--mode', mode, '--synthetic-rows', emu.tokens, '--templates', templates, '--out', dir];
      const r = await runWorker('report.mjs', args);
      if (r.rows !== emu.tokens) throw new Error(`${source} ${mode}: ${r.rows} rows, expected ${emu.tokens}`);
      const rps = r.rows / (r.ms / 1000);
      log(`${source.padEnd(9)} ${mode.padEnd(4)} ${(r.ms / 1000).toFixed(1)} s, ${Math.round(rps)} rows/s`);
      return rps;
    };
    const r = await interleave(
      {
        syntheticCsv: one('synthetic', 'csv'),
        httpCsv: one('http', 'csv'),
        syntheticXlsx: one('synthetic', 'xlsx'),
        httpXlsx: one('http', 'xlsx'),
      },
      { runs, warmup: 0 },
    );
    const csv = r.httpCsv.median / r.syntheticCsv.median;
    const xlsx = r.httpXlsx.median / r.syntheticXlsx.median;
    return {
      setup: `runReport({ reportId: 'token-inventory' }) to a file, ${emu.tokens.toLocaleString('en-US')} tokens, pages of 500 ordered by creation; ${runs} fresh process(es) per variant, interleaved`,
      rows: [
        row('synthetic source → csv', r.syntheticCsv, 'rows/s', { role: 'baseline', ratio: 1 }),
        row('emulator over HTTP → csv', r.httpCsv, 'rows/s', { role: 'measured', ratio: csv }),
        row('synthetic source → xlsx', r.syntheticXlsx, 'rows/s', { role: 'baseline', ratio: 1 }),
        row('emulator over HTTP → xlsx', r.httpXlsx, 'rows/s', { role: 'measured', ratio: xlsx }),
      ],
      checks: [
        check({
          name: 'csv: rows/s over HTTP ÷ rows/s synthetic',
          value: csv,
          op: '>=',
          target: 0.67,
          spread: { measured: r.httpCsv, baseline: r.syntheticCsv },
        }),
        check({
          name: 'xlsx: rows/s over HTTP ÷ rows/s synthetic',
          value: xlsx,
          op: '>=',
          target: 0.67,
          spread: { measured: r.httpXlsx, baseline: r.syntheticXlsx },
        }),
      ],
      metrics: {
        tokens: emu.tokens,
        csv,
        xlsx,
        rowsPerSecond: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.median])),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
