// A csv report of 10× the rows must not need more memory: token-inventory → csv with 1M rows vs 100k rows (quick:
// one run each instead of two), the SDK fed by a synthetic fetch (no server or store that grows with the rows), output discarded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, interleave, log, row, runWorker, stats } from '../harness.mjs';

export const name = 'report-memory';
export const title = 'csv report memory: 10× the rows (memory flat in row count)';

export async function run({ quick }) {
  // The real sizes in quick mode too: below ~100k rows the heap has not reached its steady size yet, so smaller
  // sizes would measure V8's warm-up, not the report. Quick mode does one run each.
  const small = 100_000;
  const large = 1_000_000;
  const runs = quick ? 1 : 3;
  const dir = mkdtempSync(join(tmpdir(), 'ct-bench-synthetic-'));
  const templates = join(dir, 'templates.json');
  await runWorker('templates.mjs', ['--out', templates]);
  const times = { small: [], large: [] };
  const young = { small: [], large: [] };
  const one = (rows, key) => async () => {
    const r = await runWorker('report.mjs', [
      '--mode',
      'csv',
      '--synthetic-rows',
      rows,
      '--templates',
      templates,
      '--young-gen',
    ]);
    if (r.rows !== rows) throw new Error(`${r.rows} rows, expected ${rows}`);
    times[key].push(r.ms);
    young[key].push(r);
    log(
      `${rows.toLocaleString('en-US').padStart(9)} rows ${(r.ms / 1000).toFixed(1)} s, peak RSS ${(r.maxRss / 1e6).toFixed(0)} MB, ${(r.bytes / 1e6).toFixed(0)} MB csv; young generation ${(r.newSpace / 1e6).toFixed(0)} MB from row ${r.newSpaceReachedAtRow.toLocaleString('en-US')} on`,
    );
    return r.maxRss;
  };
  let rss;
  const paging = {};
  try {
    rss = await interleave({ small: one(small, 'small'), large: one(large, 'large') }, { runs, warmup: 0 });
    // Reference (full mode), one run each: the same paging without the report (SDK + synthetic fetch only).
    for (const [key, rows] of quick
      ? []
      : [
          ['small', small],
          ['large', large],
        ]) {
      paging[key] = await runWorker('report.mjs', [
        '--mode',
        'page',
        '--synthetic-rows',
        rows,
        '--templates',
        templates,
      ]);
      log(
        `${rows.toLocaleString('en-US').padStart(9)} rows, paging only: ${(paging[key].ms / 1000).toFixed(1)} s, peak RSS ${(paging[key].maxRss / 1e6).toFixed(0)} MB`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ratio = rss.large.median / rss.small.median;
  const fmtN = (n) => n.toLocaleString('en-US');
  // The peak follows V8's young generation, which V8 grows during a run up to its maximum; a run that reaches it late
  // ends before it has filled it, which lowers that run's peak and not the longer run's.
  const final = (key) => stats(young[key].map((r) => r.newSpace)).median;
  const reachedAt = (key) =>
    `${(stats(young[key].map((r) => r.newSpaceReachedAtRow / r.rows)).median * 100).toFixed(0)}%`;
  const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
  const cause =
    final('small') < final('large')
      ? `the peak follows V8's young generation, which V8 grows during a run up to its maximum: it ended at ${mb(final('small'))} after ${fmtN(small)} rows and at ${mb(final('large'))} after ${fmtN(large)} rows`
      : `the peak follows V8's young generation, which reached its final ${mb(final('large'))} after ${reachedAt('small')} of the ${fmtN(small)} rows and after ${reachedAt('large')} of the ${fmtN(large)} rows: the shorter run ended before filling it`;
  return {
    setup: `runReport token-inventory → csv into a discarding stream, the SDK over a synthetic fetch (no server, no store); ${runs} run(s) each in a fresh process; peak RSS = getrusage maxrss`,
    rows: [
      row(`peak RSS, ${fmtN(small)} rows`, rss.small, 'bytes', { role: 'baseline', ratio: 1 }),
      row(`peak RSS, ${fmtN(large)} rows`, rss.large, 'bytes', { role: 'measured', ratio }),
      ...(quick
        ? []
        : [
            row(`peak RSS, ${fmtN(small)} rows, paging only (info)`, stats([paging.small.maxRss]), 'bytes', {
              role: 'info',
            }),
            row(`peak RSS, ${fmtN(large)} rows, paging only (info)`, stats([paging.large.maxRss]), 'bytes', {
              role: 'info',
            }),
          ]),
      row(`time, ${fmtN(small)} rows`, stats(times.small), 'ms', { role: 'info' }),
      row(`time, ${fmtN(large)} rows`, stats(times.large), 'ms', { role: 'info' }),
    ],
    checks: [
      check({
        name: `peak RSS ${fmtN(large)} rows / ${fmtN(small)} rows`,
        value: ratio,
        op: '<=',
        target: 1.2,
        spread: { measured: rss.large, baseline: rss.small },
        cause,
      }),
    ],
    notes: quick
      ? undefined
      : [
          `paging only (no report), one run each: ${fmtN(large)} / ${fmtN(small)} rows peak RSS = ${(paging.large.maxRss / paging.small.maxRss).toFixed(2)}×`,
        ],
    metrics: {
      small,
      large,
      rssSmall: rss.small.median,
      rssLarge: rss.large.median,
      ratio,
      youngGeneration: Object.fromEntries(
        Object.entries(young).map(([key, runs]) => [
          key,
          runs.map((r) => ({ bytes: r.newSpace, reachedAtRow: r.newSpaceReachedAtRow })),
        ]),
      ),
      pagingOnlyRss: quick ? undefined : { small: paging.small.maxRss, large: paging.large.maxRss },
    },
  };
}
