// The shared harness: timing loops, statistics, child processes, the table and the JSON result.
// Every target is a ratio against a baseline measured in the same run: the machine is shared and noisy, so absolute
// times say little, and a benchmark is never a unit test (a miss is reported, not thrown).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const SRC_DIR = fileURLToPath(new URL('.', import.meta.url));
export const WORKERS_DIR = fileURLToPath(new URL('./workers/', import.meta.url));

/** Median, quartiles, min and max of a list of numbers. */
export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => {
    if (s.length === 0) return Number.NaN;
    const pos = (s.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return s[lo] + (s[hi] - s[lo]) * (pos - lo);
  };
  return { n: s.length, median: at(0.5), q1: at(0.25), q3: at(0.75), min: s[0], max: s[s.length - 1], samples };
}

/**
 * Runs `variants` (name → async function returning one measurement) interleaved — A B C, A B C, … with the order
 * rotated every round — so drift of a noisy machine hits every variant alike. `warmup` rounds are discarded.
 */
export async function interleave(variants, { runs, warmup = 1, onRound } = {}) {
  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = -warmup; round < runs; round++) {
    const order = names.map((_, i) => names[(i + Math.max(0, round)) % names.length]);
    for (const name of order) {
      const value = await variants[name]();
      if (round >= 0) samples[name].push(value);
    }
    onRound?.(round);
  }
  return Object.fromEntries(names.map((n) => [n, stats(samples[n])]));
}

/** Times `iterations` sequential calls of `fn`; returns microseconds per call. */
export async function timePerCall(fn, iterations) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await fn(i);
  return Number(process.hrtime.bigint() - started) / 1e3 / iterations;
}

/**
 * Runs a worker script in a child process and resolves with the last message it sends (`process.send(result)`).
 * One process per measurement keeps one benchmark's heap from polluting another's RSS.
 */
export function runWorker(script, args = [], { execArgv = [], timeoutMs = 10 * 60_000, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(new URL(script, `file://${WORKERS_DIR}`), args.map(String), {
      execArgv,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let last;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', (message) => {
      if (message?.error) last = { error: message.error };
      else last = message;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (last?.error) reject(new Error(`${script}: ${last.error}`));
      else if (code !== 0 || last === undefined)
        reject(new Error(`${script} exited with ${code ?? signal} and no result`));
      else resolve(last);
    });
  });
}

/**
 * Starts a long-lived child (a server) that sends one `{ ready: … }` message once listening. Resolves with that
 * message and a `stop()` that ends this child (and only it).
 */
export function startService(script, args = [], { execArgv = [], timeoutMs = 10 * 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(new URL(script, `file://${WORKERS_DIR}`), args.map(String), {
      execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        // SIGINT lets a --cpu-prof child write its profile.
        child.kill('SIGINT');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      });
    const request = (message) =>
      new Promise((done, fail) => {
        const onMessage = (reply) => {
          if (reply?.reply !== message.type) return;
          child.off('message', onMessage);
          if (reply.error) fail(new Error(reply.error));
          else done(reply);
        };
        child.on('message', onMessage);
        child.send(message);
      });
    child.once('message', (message) => {
      clearTimeout(timer);
      if (message?.error) {
        void stop();
        reject(new Error(`${script}: ${message.error}`));
      } else resolve({ ...message, pid: child.pid, stop, request });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready`));
    });
  });
}

/** A worker's side of {@link runWorker}: runs `main`, sends its result or its error, exits. */
export async function workerMain(main) {
  try {
    const result = await main();
    process.send?.(result);
    process.disconnect?.();
    process.exitCode = 0;
    // Servers and sockets left open must not keep a finished worker alive.
    setTimeout(() => process.exit(0), 200).unref();
  } catch (error) {
    process.send?.({ error: error?.stack ?? String(error) });
    process.exitCode = 1;
    setTimeout(() => process.exit(1), 200).unref();
  }
}

/** The args of a worker as `--key value` pairs. */
export function workerArgs(argv = process.argv.slice(2)) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (!key.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out[key.slice(2)] = true;
    else {
      out[key.slice(2)] = next;
      i++;
    }
  }
  return out;
}

/** Peak RSS of this process so far, in bytes (`getrusage` ru_maxrss). */
export function maxRss() {
  return process.resourceUsage().maxRSS * 1024;
}

/** Samples `process.memoryUsage.rss()` every `everyMs`; `stop()` returns the peak. */
export function rssSampler(everyMs = 20) {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  return {
    sample() {
      peak = Math.max(peak, process.memoryUsage.rss());
    },
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage.rss());
      return peak;
    },
  };
}

// ---- Formatting --------------------------------------------------------------------------------------------------

const UNITS = {
  us: (v) => `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)} µs`,
  ms: (v) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms`),
  kB: (v) => `${(v / 1000).toFixed(2)} kB`,
  // Decimal units (1 MB = 10^6 B, 1 kB = 10^3 B), as size-limit and the targets use: never a lenient MiB.
  bytes: (v) => (Math.abs(v) >= 1e6 ? `${(v / 1e6).toFixed(1)} MB` : `${(v / 1e3).toFixed(2)} kB`),
  rps: (v) => `${Math.round(v).toLocaleString('en-US')} req/s`,
  'rows/s': (v) => `${Math.round(v).toLocaleString('en-US')} rows/s`,
  x: (v) => `${v.toFixed(2)}×`,
  n: (v) => `${Math.round(v).toLocaleString('en-US')}`,
};

export function fmt(value, unit) {
  if (value === undefined || value === null || Number.isNaN(value)) return '—';
  return (UNITS[unit] ?? ((v) => `${v} ${unit}`))(value);
}

function pad(text, width, right = false) {
  const s = String(text);
  return right ? s.padStart(width) : s.padEnd(width);
}

/**
 * Checks a measured value against a target. `op` is `<=` or `>=` (or `<`); returns the check with a verdict. A
 * target is never lowered: a miss is printed with the measured value and its causes: `cause`, what the benchmark
 * measured that explains it, and, given `spread` (the stats of the measured and the baseline side, whose medians
 * make the ratio), whether the run's own spread can tell the miss apart from noise.
 */
export function check({ name, value, op, target, unit = 'x', what, cause, spread }) {
  const passes = (v) => (op === '<=' ? v <= target : op === '>=' ? v >= target : op === '<' ? v < target : v > target);
  const pass = Number.isFinite(value) ? passes(value) : false;
  const causes = pass ? [] : [spread && spreadCause(spread, op, passes), cause].filter(Boolean);
  return { name, what, value, op, target, unit, pass, ...(causes.length > 0 && { causes }) };
}

/**
 * Whether the best pairing of a measured and a baseline sample meets the target: when it does, this run cannot tell
 * the miss from noise; when even that pairing misses, the gap is larger than the run's spread.
 */
function spreadCause({ measured, baseline }, op, passes) {
  // A ratio that should stay low is best with the lowest measured sample against the highest baseline sample.
  const best = op === '<=' || op === '<' ? measured.min / baseline.max : measured.max / baseline.min;
  const n = `n = ${measured.n} and ${baseline.n}`;
  return passes(best)
    ? `within this run's spread: the best pairing of a measured and a baseline sample gives ${fmt(best, 'x')} (${n})`
    : `beyond this run's spread: even the best pairing of a measured and a baseline sample gives ${fmt(best, 'x')} (${n})`;
}

/** Prints one benchmark's table: its variants (median and spread), then its checks. */
export function printResult(result, log = console.log) {
  const lines = [];
  lines.push('');
  lines.push(`━━ ${result.title} ${'━'.repeat(Math.max(3, 100 - result.title.length))}`);
  if (result.setup) lines.push(`   ${result.setup}`);
  const rows = result.rows ?? [];
  if (rows.length > 0) {
    const header = ['variant', 'role', 'median', 'spread (min–max)', 'IQR', 'n', 'vs baseline'];
    const body = rows.map((r) => [
      r.label,
      r.role ?? '',
      fmt(r.median, r.unit),
      `${fmt(r.min, r.unit)} – ${fmt(r.max, r.unit)}`,
      r.q1 === undefined ? '—' : `${fmt(r.q1, r.unit)} – ${fmt(r.q3, r.unit)}`,
      r.n ?? '',
      r.ratio === undefined ? '' : fmt(r.ratio, 'x'),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
    const line = (cells) => `   ${cells.map((c, i) => pad(c, widths[i], i >= 2 && i !== 3 && i !== 4)).join('  ')}`;
    lines.push(line(header));
    lines.push(`   ${widths.map((w) => '─'.repeat(w)).join('  ')}`);
    for (const b of body) lines.push(line(b));
  }
  for (const c of result.checks ?? []) {
    const verdict = c.pass ? 'PASS' : 'MISS';
    lines.push(
      `   ${verdict}  ${c.name}: ${fmt(c.value, c.unit)} (target ${c.op} ${fmt(c.target, c.unit)})${c.what ? ` — ${c.what}` : ''}`,
    );
    for (const cause of c.causes ?? []) lines.push(`         cause: ${cause}`);
  }
  for (const note of result.notes ?? []) lines.push(`   note: ${note}`);
  if (result.error) lines.push(`   ERROR: ${result.error}`);
  log(lines.join('\n'));
}

/** A row for the table from a stats object. */
export function row(label, s, unit, extra = {}) {
  return {
    label,
    unit,
    median: s.median,
    min: s.min,
    max: s.max,
    q1: s.q1,
    q3: s.q3,
    n: s.n,
    samples: s.samples,
    ...extra,
  };
}

export function log(...args) {
  console.error(`   · ${args.join(' ')}`);
}

/**
 * Lists the first pages of a shared emulator's tokens, so the first measured run is not charged for V8 compiling the
 * list path (and the store's first list recording its expirations).
 */
export async function warmListPath(emu, pageSize, pages = 3) {
  for (let i = 0; i < pages; i++) {
    const response = await fetch(`${emu.base}/auth/tokens?limit=${pageSize}&offset=${i * pageSize}`, {
      headers: { authorization: emu.key },
    });
    await response.arrayBuffer();
  }
}
