// The SDK's paging against the plainest code a user could write instead: the same pages with `fetch` + `json()`.
// Each run is a fresh client process (wall time and peak RSS measured there), the emulator in its own process.
import { check, interleave, log, row, runWorker, stats, warmListPath } from '../harness.mjs';

export const name = 'sdk-paging';
export const title = 'SDK paging vs plain fetch + json(), same pages over loopback HTTP';

export async function run({ quick, emulator }) {
  const tokens = 20_000;
  const pageSize = 500;
  const runs = quick ? 3 : 7;
  const emu = await emulator(tokens);
  await warmListPath(emu, pageSize);
  const peaks = { sdk: [], fetch: [] };
  const one = (which) => async () => {
    const worker = which === 'sdk' ? 'paginate.mjs' : 'paginate-raw.mjs';
    const r = await runWorker(worker, ['--base', emu.base, '--key', emu.key, '--page-size', pageSize]);
    if (r.items !== emu.tokens) throw new Error(`${which}: paged ${r.items} tokens, expected ${emu.tokens}`);
    peaks[which].push(r.maxRss);
    log(`${which.padEnd(5)} ${(r.ms / 1000).toFixed(2)} s, peak RSS ${(r.maxRss / 1e6).toFixed(0)} MB`);
    return r.ms;
  };
  const t = await interleave(
    { fetch: one('fetch'), sdk: one('sdk') },
    {
      runs,
      warmup: 1,
      onRound: (round) => {
        if (round < 0) for (const k of Object.keys(peaks)) peaks[k].length = 0;
      },
    },
  );
  const wall = t.sdk.median / t.fetch.median;
  const rss = { sdk: stats(peaks.sdk), fetch: stats(peaks.fetch) };
  const rssRatio = rss.sdk.median / rss.fetch.median;
  return {
    setup: `${emu.tokens.toLocaleString('en-US')} tokens in pages of ${pageSize}, serial; SDK: for await over client.tokens.list({ limit: ${pageSize} }); baseline: fetch(url, { headers }) + json() per page until a short page; a fresh process per run, ${runs} runs each interleaved after one warm-up round`,
    rows: [
      row('plain fetch + json(): wall', t.fetch, 'ms', { role: 'baseline', ratio: 1 }),
      row('SDK client.tokens.list: wall', t.sdk, 'ms', { role: 'measured', ratio: wall }),
      row('plain fetch + json(): peak RSS', rss.fetch, 'bytes', { role: 'baseline', ratio: 1 }),
      row('SDK client.tokens.list: peak RSS', rss.sdk, 'bytes', { role: 'measured', ratio: rssRatio }),
    ],
    checks: [
      check({
        name: 'SDK paging wall time / plain fetch + json()',
        value: wall,
        op: '<=',
        target: 1.05,
        spread: { measured: t.sdk, baseline: t.fetch },
      }),
      check({
        name: 'SDK paging peak RSS / plain fetch + json()',
        value: rssRatio,
        op: '<=',
        target: 1.1,
        spread: { measured: rss.sdk, baseline: rss.fetch },
      }),
    ],
    metrics: {
      tokens: emu.tokens,
      pageSize,
      sdkMs: t.sdk.median,
      fetchMs: t.fetch.median,
      wall,
      sdkMaxRss: rss.sdk.median,
      fetchMaxRss: rss.fetch.median,
      rssRatio,
    },
  };
}
