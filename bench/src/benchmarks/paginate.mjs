// Paginate every token over loopback HTTP with the SDK, prefetch on vs serial paging: a fresh client process per run
// (RSS measured there), the emulator in its own process, runs interleaved.
import { check, interleave, log, row, runWorker, stats } from '../harness.mjs';

export const name = 'paginate';
export const title = 'Paginate tokens over loopback HTTP, prefetch on vs serial';

export async function run({ quick, emulator }) {
  const tokens = quick ? 10_000 : 100_000;
  const pageSize = 1000;
  const runs = quick ? 2 : 5;
  const emu = await emulator(tokens);
  // Warm the emulator's list path (JIT) so the first measured run is not charged for it.
  for (let i = 0; i < 3; i++) await (await fetch(`${emu.base}/auth/tokens?limit=${pageSize}&offset=${i * pageSize}`, { headers: { authorization: emu.key } })).arrayBuffer();
  const one = (prefetch) => async () => {
    const r = await runWorker('paginate.mjs', ['--base', emu.base, '--key', emu.key, '--page-size', pageSize, ...(prefetch ? ['--prefetch'] : [])]);
    if (r.items !== emu.tokens) throw new Error(`paged ${r.items} tokens, expected ${emu.tokens}`);
    log(`${prefetch ? 'prefetch' : 'serial  '} ${(r.ms / 1000).toFixed(1)} s, RSS +${(r.rssGrowth / 1e6).toFixed(1)} MB`);
    samples.push({ prefetch, ...r });
    return r;
  };
  const samples = [];
  const times = await interleave({ serial: async () => (await one(false)()).ms, prefetch: async () => (await one(true)()).ms }, {
    runs,
    warmup: 0,
    // Warm-up runs are not samples (of time or memory).
    onRound: (round) => {
      if (round < 0) samples.length = 0;
    },
  });
  // Reference, one run: the same pages with bare fetch + json(), no SDK (how much of the RSS growth is fetch's).
  const raw = await runWorker('paginate-raw.mjs', ['--base', emu.base, '--key', emu.key, '--page-size', pageSize]);
  log(`raw fetch ${(raw.ms / 1000).toFixed(1)} s, RSS +${(raw.rssGrowth / 1e6).toFixed(1)} MB`);
  const growth = (p) => samples.filter((s) => s.prefetch === p).map((s) => s.rssGrowth);
  const speedup = times.serial.median / times.prefetch.median;
  const worstGrowth = Math.max(...growth(true));
  return {
    setup: `${emu.tokens.toLocaleString('en-US')} tokens, page size ${pageSize} (${Math.ceil(emu.tokens / pageSize)} requests), client.tokens.list({ limit: ${pageSize} }, { prefetch }) in a fresh process per run`,
    rows: [
      row('serial paging', times.serial, 'ms', { role: 'baseline', ratio: 1 }),
      row('prefetch on', times.prefetch, 'ms', { role: 'measured', ratio: times.prefetch.median / times.serial.median }),
      row('RSS growth, serial', stats(growth(false)), 'bytes', { role: 'info' }),
      row('RSS growth, prefetch', stats(growth(true)), 'bytes', { role: 'measured' }),
      row('bare fetch + json(), no SDK (info)', stats([raw.ms]), 'ms', { role: 'info', ratio: raw.ms / times.serial.median }),
      row('RSS growth, bare fetch + json() (info)', stats([raw.rssGrowth]), 'bytes', { role: 'info' }),
    ],
    checks: [
      check({ name: 'speed-up of prefetch over serial', value: speedup, op: '>=', target: 1.8, what: 'serial median time / prefetch median time' }),
      check({ name: 'RSS growth while paging with prefetch (worst run)', value: worstGrowth, op: '<', target: 50e6, unit: 'bytes' }),
    ],
    metrics: { tokens: emu.tokens, pageSize, serialMs: times.serial.median, prefetchMs: times.prefetch.median, speedup, rssGrowthPrefetchMax: worstGrowth, rawFetch: raw, samples },
  };
}
