// Emulator: an RQL-filtered list over a large store against the unfiltered list of the same page size, sequential
// requests over loopback HTTP (keep-alive), interleaved.
import { check, row, stats } from '../harness.mjs';

export const name = 'emulator-rql';
export const title = 'Emulator: RQL-filtered list vs unfiltered list (same page size)';

export const FILTER = 'and(in(status,(active,expiring)),ilike(name,*a*),ge(events.created.at,2025-01-01T00:00:00Z),ne(extension.id,EXT-999))';

export async function run({ quick, emulator }) {
  const tokens = quick ? 10_000 : 100_000;
  const pageSize = 100;
  const rounds = quick ? 10 : 20;
  const emu = await emulator(tokens);
  const headers = { authorization: emu.key };
  const urls = {
    unfiltered: `${emu.base}/auth/tokens?limit=${pageSize}`,
    filtered: `${emu.base}/auth/tokens?${FILTER}&limit=${pageSize}`,
  };
  const info = {};
  const time = async (which) => {
    const started = performance.now();
    const response = await fetch(urls[which], { headers });
    const items = await response.json();
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`${which}: ${response.status} ${JSON.stringify(items)}`);
    info[which] = { items: items.length, range: response.headers.get('content-range') };
    return ms;
  };
  for (let i = 0; i < 2; i++) {
    await time('unfiltered');
    await time('filtered');
  }
  const samples = { unfiltered: [], filtered: [] };
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? ['unfiltered', 'filtered'] : ['filtered', 'unfiltered'];
    for (const which of order) samples[which].push(await time(which));
  }
  const u = stats(samples.unfiltered);
  const f = stats(samples.filtered);
  const ratio = f.median / u.median;
  return {
    setup: `${emu.tokens.toLocaleString('en-US')} tokens, limit=${pageSize}, ${rounds} requests each, alternating; filter ${FILTER} (matches ${info.filtered?.range})`,
    rows: [
      row('unfiltered list', u, 'ms', { role: 'baseline', ratio: 1 }),
      row('RQL-filtered list', f, 'ms', { role: 'measured', ratio }),
    ],
    checks: [check({ name: 'filtered latency / unfiltered latency', value: ratio, op: '<=', target: 3 })],
    metrics: { tokens: emu.tokens, unfilteredMs: u.median, filteredMs: f.median, ratio, matched: info.filtered?.range },
  };
}
