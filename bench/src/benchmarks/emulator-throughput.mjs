// Emulator throughput: authenticated GET /auth/tokens/{id} over HTTP with autocannon, against a bare node:http server
// returning the same JSON. Each server runs in its own process; autocannon runs here; runs alternate.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { check, interleave, log, row, startService } from '../harness.mjs';

export const name = 'emulator-throughput';
export const title = 'Emulator: authenticated GET /auth/tokens/{id} over HTTP (autocannon)';

/** Seconds of load on each server before measuring. */
const WARMUP_S = 4;

function cannon(url, headers, duration, connections) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, duration, connections, pipelining: 1 }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

export async function run({ quick }) {
  const duration = quick ? 3 : 6;
  const runs = quick ? 2 : 3;
  const connections = 10;
  const emu = await startService('emulator.mjs', ['--seed-tokens', 1000]);
  const dir = mkdtempSync(join(tmpdir(), 'ct-bench-'));
  let bare;
  try {
    const headers = { authorization: emu.key };
    const list = await fetch(`${emu.base}/auth/tokens?limit=1&offset=500`, { headers });
    const [token] = await list.json();
    const path = `/auth/tokens/${token.id}`;
    const first = await fetch(`${emu.base}${path}`, { headers });
    if (first.status !== 200) throw new Error(`GET ${path}: ${first.status}`);
    const body = await first.text();
    writeFileSync(join(dir, 'body.json'), body);
    bare = await startService('bare-server.mjs', ['--body-file', join(dir, 'body.json')]);
    const extra = [];
    const measure = (url) => async () => {
      const r = await cannon(url, headers, duration, connections);
      const bad = r.non2xx + r.errors + r.timeouts;
      if (bad > 0) extra.push(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
      log(`${url.includes(emu.url) ? 'emulator' : 'bare    '} ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms`);
      return r.requests.average;
    };
    // Warm both (JIT, connection setup) first. The emulator's request path is a few hundred functions: on the shared
    // 2-core machines V8 takes 2-4 s under this load to finish compiling them (`--trace-opt`), and a 1 s warm-up left
    // the first measured run at ~75% of the steady rate, so the number depended on which run came first.
    await cannon(`${emu.base}${path}`, headers, WARMUP_S, connections);
    await cannon(`${bare.url}${path}`, headers, WARMUP_S, connections);
    const rps = await interleave({ emulator: measure(`${emu.base}${path}`), bare: measure(`${bare.url}${path}`) }, { runs, warmup: 0 });
    const ratio = rps.emulator.median / rps.bare.median;
    return {
      setup: `autocannon ${connections} connections × ${duration} s per run after ${WARMUP_S} s of warm-up, ${runs} runs each alternating; emulator seeded with 1,001 tokens; ${body.length} B JSON`,
      rows: [
        row('bare node:http, same JSON', rps.bare, 'rps', { role: 'baseline', ratio: 1 }),
        row('emulator (auth, access rules, accounting)', rps.emulator, 'rps', { role: 'measured', ratio }),
      ],
      checks: [check({ name: 'emulator req/s / bare node:http req/s', value: ratio, op: '>=', target: 0.5 })],
      notes: extra.length > 0 ? [...new Set(extra)] : undefined,
      metrics: { emulatorRps: rps.emulator.median, bareRps: rps.bare.median, ratio },
    };
  } finally {
    await bare?.stop();
    await emu.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
