// The emulator's heap per stored token against the same tokens' JSON: what a store of N tokens costs in memory
// beyond an empty emulator, divided by the bytes the API serialises them to.
import { check, interleave, log, row, runWorker, stats } from '../harness.mjs';

export const name = 'emulator-heap';
export const title = 'Emulator: live heap per stored token vs the same tokens as JSON';

export async function run({ quick }) {
  const tokens = quick ? 20_000 : 100_000;
  const runs = quick ? 1 : 3;
  const measured = [];
  const heaps = await interleave(
    {
      empty: async () =>
        (await runWorker('emulator-heap.mjs', ['--seed-tokens', 0], { execArgv: ['--expose-gc'] })).heapUsed,
      seeded: async () => {
        const r = await runWorker('emulator-heap.mjs', ['--seed-tokens', tokens], { execArgv: ['--expose-gc'] });
        measured.push(r);
        log(
          `${r.tokens.toLocaleString('en-US')} tokens: heap ${(r.heapUsed / 1e6).toFixed(0)} MB, JSON ${(r.jsonBytes / 1e6).toFixed(0)} MB`,
        );
        return r.heapUsed;
      },
    },
    { runs, warmup: 0 },
  );
  const { jsonBytes, tokens: stored } = measured[0];
  const growth = heaps.seeded.median - heaps.empty.median;
  const ratio = growth / jsonBytes;
  const per100k = (v) => (v * 100_000) / stored;
  // Where the growth is, per token: what each part of the store gave back when dropped (median over the runs).
  const parts = Object.fromEntries(
    Object.keys(measured[0].freed).map((part) => [part, stats(measured.map((r) => r.freed[part])).median / stored]),
  );
  const rest = growth / stored - Object.values(parts).reduce((sum, bytes) => sum + bytes, 0);
  const perToken = (bytes) => `${Math.round(bytes)} B`;
  const breakdown = `per token: JSON ${perToken(jsonBytes / stored)}, heap ${perToken(growth / stored)} = ${Object.entries(
    parts,
  )
    .map(([part, bytes]) => `${part} ${perToken(bytes)}`)
    .join(' + ')} + rest ${perToken(rest)} (each part: what dropping it freed, in that order)`;
  // A miss prints the breakdown as its cause; a pass prints it as a note.
  const heapCheck = check({
    name: 'heap per token ÷ its JSON size',
    value: ratio,
    op: '<=',
    target: 1.5,
    cause: breakdown,
  });
  return {
    setup: `createMockPlatform({ seedTokens: ${tokens.toLocaleString('en-US')} }) served over loopback HTTP, every token listed once (pages of 1000), then heapUsed after two forced GCs; minus the same for an empty emulator; ${runs} fresh process(es) each`,
    rows: [
      row('heap of an empty emulator', heaps.empty, 'bytes', { role: 'info' }),
      row(`heap with ${stored.toLocaleString('en-US')} tokens`, heaps.seeded, 'bytes', { role: 'info' }),
      row('the same tokens as JSON, per 100k tokens', stats([per100k(jsonBytes)]), 'bytes', {
        role: 'baseline',
        ratio: 1,
      }),
      row('heap growth per 100k tokens', stats([per100k(growth)]), 'bytes', { role: 'measured', ratio }),
    ],
    checks: [heapCheck],
    notes: heapCheck.pass ? [breakdown] : undefined,
    metrics: {
      tokens: stored,
      jsonBytes,
      emptyHeap: heaps.empty.median,
      seededHeap: heaps.seeded.median,
      growth,
      ratio,
      heapPer100k: per100k(growth),
      jsonPer100k: per100k(jsonBytes),
      bytesPerToken: { ...parts, rest },
    },
  };
}
