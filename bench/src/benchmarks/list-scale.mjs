// List cost against store size: the same list requests over loopback HTTP on a small and a large store, each store in
// its own emulator process; a list of one page should cost the page, not the account.
import { check, log, row, stats } from '../harness.mjs';

export const name = 'list-scale';
export const title = 'Emulator: list cost vs store size (p50 large store ÷ p50 small store)';

export const FILTER_ORDERED = 'and(ilike(name,*prod*),eq(status,active))&ordering(-events.created.at)';

/** The lists measured: path and query after `/auth/tokens?`, given the store's total. */
const QUERIES = {
  unfiltered: () => 'limit=100',
  'filter+ordering': () => `${FILTER_ORDERED}&limit=100`,
  'ordered, last page of 500': (total) => `ordering(-events.created.at)&limit=500&offset=${Math.max(0, total - 500)}`,
};

async function timeList(emu, query) {
  const started = performance.now();
  const response = await fetch(`${emu.base}/auth/tokens?${query}`, { headers: { authorization: emu.key } });
  const items = await response.json();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${query}: ${response.status} ${JSON.stringify(items)}`);
  return { ms, items: items.length, range: response.headers.get('content-range') };
}

export async function run({ quick, emulator }) {
  const small = 1_000;
  const large = quick ? 20_000 : 100_000;
  const rounds = quick ? 15 : 40;
  const emus = { small: await emulator(small), large: await emulator(large) };
  const samples = {};
  const ranges = {};
  for (const [q, build] of Object.entries(QUERIES)) {
    for (const size of ['small', 'large']) {
      const emu = emus[size];
      const query = build(emu.tokens);
      // Warm-up: V8 compiles the list path, and the first list of a fresh store records its expirations.
      for (let i = 0; i < 3; i++) await timeList(emu, query);
      samples[`${q}|${size}`] = [];
    }
  }
  // Alternate the stores and the queries so the machine's drift hits both sizes alike.
  for (let i = 0; i < rounds; i++) {
    for (const [q, build] of Object.entries(QUERIES)) {
      const order = i % 2 === 0 ? ['small', 'large'] : ['large', 'small'];
      for (const size of order) {
        const r = await timeList(emus[size], build(emus[size].tokens));
        samples[`${q}|${size}`].push(r.ms);
        ranges[`${q}|${size}`] = r.range;
      }
    }
  }
  const rows = [];
  const checks = [];
  const metrics = { small: emus.small.tokens, large: emus.large.tokens, queries: {} };
  for (const q of Object.keys(QUERIES)) {
    const s = stats(samples[`${q}|small`]);
    const l = stats(samples[`${q}|large`]);
    const ratio = l.median / s.median;
    rows.push(
      row(`${q}, ${emus.small.tokens.toLocaleString('en-US')} tokens`, s, 'ms', { role: 'baseline', ratio: 1 }),
    );
    rows.push(row(`${q}, ${emus.large.tokens.toLocaleString('en-US')} tokens`, l, 'ms', { role: 'measured', ratio }));
    checks.push(
      check({
        name: `${q}: p50 at ${emus.large.tokens.toLocaleString('en-US')} ÷ p50 at ${emus.small.tokens.toLocaleString('en-US')}`,
        value: ratio,
        op: '<=',
        target: 2,
        spread: { measured: l, baseline: s },
      }),
    );
    metrics.queries[q] = {
      smallMs: s.median,
      largeMs: l.median,
      ratio,
      range: { small: ranges[`${q}|small`], large: ranges[`${q}|large`] },
    };
    log(`${q}: ${s.median.toFixed(2)} ms vs ${l.median.toFixed(2)} ms`);
  }
  return {
    setup: `sequential keep-alive requests over loopback HTTP, ${rounds} per query and store, alternating; filter+ordering = ${FILTER_ORDERED}&limit=100 (matches ${ranges['filter+ordering|large']} on the large store)${quick ? '; quick mode: 20k tokens instead of 100k' : ''}`,
    rows,
    checks,
    metrics,
  };
}
