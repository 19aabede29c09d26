// The emulator against the mock server users would otherwise pick: Stoplight Prism's `prism mock` of the same spec
// (packages/protocol/openapi.yaml). Both are started as users start them, from their CLIs with their default request
// logging (written to /dev/null here), and get the same autocannon load in turns. Prism is stateless: it answers
// from the spec's examples, so its "100-token list" is whatever the spec's example holds; the emulator serves and
// stores real tokens.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { check, interleave, log, row } from '../harness.mjs';
import { prism } from '../peer-tools.mjs';

export const name = 'emulator-vs-prism';
export const title = 'Emulator vs Prism mock of the same spec: requests/s and start-up';

const SPEC = fileURLToPath(new URL('../../../packages/protocol/openapi.yaml', import.meta.url));
const EMULATOR_CLI = fileURLToPath(new URL('../../../apps/mock-server/dist/cli.js', import.meta.url));
const KEY = `ApiKey SU-000-000-000:${'0123456789abcdef0123456789abcdef01234567'}`;
const WARMUP_S = 3;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** How many tokens a server's store holds, read from the `Content-Range` total of an empty page. */
async function storedTokens(base, headers) {
  const response = await fetch(`${base}/auth/tokens?limit=0`, { headers });
  await response.arrayBuffer();
  return Number(response.headers.get('content-range')?.split('/')[1]);
}

/** Starts one server process and resolves once `GET probe` answers 200: `{ base, startupMs, stop() }`. */
async function startServer(which, { seedTokens = 0, timeoutMs = 120_000 } = {}) {
  const port = await freePort();
  // Prism serves the spec's paths at its root (it does not take the path of `servers`); the emulator under /public/v1.
  const base = which === 'emulator' ? `http://127.0.0.1:${port}/public/v1` : `http://127.0.0.1:${port}`;
  const args =
    which === 'emulator'
      ? [EMULATOR_CLI, '--port', port, '--api-key', KEY, '--seed', 'bench', '--seed-tokens', seedTokens]
      : [prism().bin, 'mock', SPEC, '--host', '127.0.0.1', '--port', port];
  const started = performance.now();
  const child = spawn(process.execPath, args.map(String), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-2000);
  });
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  const deadline = started + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${which} exited with ${child.exitCode}: ${stderr}`);
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`${which} did not answer 200 within ${timeoutMs} ms: ${stderr}`);
    }
    try {
      const response = await fetch(`${base}/auth/tokens?limit=1`, { headers: { authorization: KEY } });
      await response.arrayBuffer();
      if (response.status === 200) return { base, startupMs: performance.now() - started, stop, pid: child.pid };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

function cannon(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: 10, pipelining: 1, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

export async function run({ quick }) {
  const duration = quick ? 3 : 6;
  const runs = quick ? 2 : 3;
  const startups = quick ? 3 : 5;
  const headers = { authorization: KEY, 'content-type': 'application/json' };
  const notes = new Set();
  // Start-up to first 200, alternating, each a fresh process stopped at once.
  const startup = await interleave(
    {
      prism: async () => {
        const s = await startServer('prism');
        await s.stop();
        return s.startupMs;
      },
      emulator: async () => {
        const s = await startServer('emulator', { seedTokens: 99 });
        await s.stop();
        return s.startupMs;
      },
    },
    { runs: startups, warmup: 1 },
  );
  const servers = {};
  try {
    servers.emulator = await startServer('emulator', { seedTokens: 99 });
    servers.prism = await startServer('prism');
    const [one] = await (await fetch(`${servers.emulator.base}/auth/tokens?limit=1&offset=50`, { headers })).json();
    const prismOne = await (await fetch(`${servers.prism.base}/auth/tokens?limit=1`, { headers })).json();
    const loads = {
      list: (s) => ({ url: `${servers[s].base}/auth/tokens?limit=100`, headers }),
      get: (s) => ({
        url: `${servers[s].base}/auth/tokens/${s === 'emulator' ? one.id : (prismOne[0]?.id ?? 'SU-123-456-789')}`,
        headers,
      }),
      create: (s) => ({
        url: `${servers[s].base}/auth/tokens`,
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'bench', extension: { id: 'EXT-000' } }),
      }),
    };
    const listSizes = {};
    for (const s of ['emulator', 'prism'])
      listSizes[s] = (await (await fetch(loads.list(s).url, { headers })).json()).length;
    const results = {};
    // Bytes per response, from autocannon's totals: the list's miss is explained by what each server answers.
    const bytes = {};
    for (const [load, options] of Object.entries(loads)) {
      for (const s of ['emulator', 'prism']) await cannon({ ...options(s), duration: WARMUP_S });
      const measure = (s) => async () => {
        const r = await cannon({ ...options(s), duration });
        const bad = r.non2xx + r.errors + r.timeouts;
        if (bad > 0)
          notes.add(
            `${s} ${load}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts of ${r.requests.total}`,
          );
        bytes[`${s} ${load}`] = r.throughput.total / r.requests.total;
        log(`${load.padEnd(6)} ${s.padEnd(8)} ${Math.round(r.requests.average)} req/s`);
        return r.requests.average;
      };
      results[load] = await interleave({ emulator: measure('emulator'), prism: measure('prism') }, { runs, warmup: 0 });
    }
    const ratio = (load) => results[load].emulator.median / results[load].prism.median;
    const spread = (load) => ({ measured: results[load].emulator, baseline: results[load].prism });
    const created = await storedTokens(servers.emulator.base, headers);
    const kB = (load, s) => `${(bytes[`${s} ${load}`] / 1000).toFixed(1)} kB`;
    const itemsPerSecond = (s) => results.list[s].median * listSizes[s];
    const startupRatio = startup.emulator.median / startup.prism.median;
    const rows = [];
    const labels = {
      list: `GET /auth/tokens?limit=100 (emulator ${listSizes.emulator} items, Prism ${listSizes.prism})`,
      get: 'GET /auth/tokens/{id}',
      create: 'POST /auth/tokens',
    };
    for (const load of Object.keys(loads)) {
      rows.push(row(`Prism: ${labels[load]}`, results[load].prism, 'rps', { role: 'baseline', ratio: 1 }));
      rows.push(
        row(`emulator: ${labels[load]}`, results[load].emulator, 'rps', { role: 'measured', ratio: ratio(load) }),
      );
    }
    rows.push(row('Prism: start-up to first 200', startup.prism, 'ms', { role: 'baseline', ratio: 1 }));
    rows.push(
      row('emulator: start-up to first 200 (99 seeded tokens)', startup.emulator, 'ms', {
        role: 'measured',
        ratio: startupRatio,
      }),
    );
    return {
      setup: `prism ${prism().version} mock of packages/protocol/openapi.yaml vs the emulator's CLI, both logging requests by default (to /dev/null); autocannon 10 connections × ${duration} s per run after ${WARMUP_S} s of warm-up, ${runs} runs each alternating; start-up: ${startups} fresh processes each, spawn to first 200 on GET /auth/tokens`,
      rows,
      checks: [
        check({
          name: 'list of 100: emulator req/s ÷ Prism req/s',
          value: ratio('list'),
          op: '>=',
          target: 2,
          spread: spread('list'),
          cause: `the emulator answers ${listSizes.emulator} stored tokens in ${kB('list', 'emulator')} per response, Prism its spec example of ${listSizes.prism} in ${kB('list', 'prism')}: per token listed the emulator serves ${(itemsPerSecond('emulator') / itemsPerSecond('prism')).toFixed(0)}× Prism's rate`,
        }),
        check({
          name: 'one token: emulator req/s ÷ Prism req/s',
          value: ratio('get'),
          op: '>=',
          target: 8,
          spread: spread('get'),
        }),
        check({
          name: 'create: emulator req/s ÷ Prism req/s',
          value: ratio('create'),
          op: '>=',
          target: 5,
          spread: spread('create'),
          cause: `each emulator create validates, stores the token with a new secret and an audit event (${created.toLocaleString('en-US')} tokens stored by the end of this run); Prism stores nothing and answers its example`,
        }),
        check({
          name: 'start-up to first 200: emulator ÷ Prism',
          value: startupRatio,
          op: '<=',
          target: 0.5,
          spread: { measured: startup.emulator, baseline: startup.prism },
        }),
      ],
      notes: notes.size > 0 ? [...notes] : undefined,
      metrics: {
        prismVersion: prism().version,
        listItems: listSizes,
        rps: Object.fromEntries(
          Object.entries(results).map(([k, v]) => [k, { emulator: v.emulator.median, prism: v.prism.median }]),
        ),
        startupMs: { emulator: startup.emulator.median, prism: startup.prism.median },
      },
    };
  } finally {
    await servers.emulator?.stop();
    await servers.prism?.stop();
  }
}
