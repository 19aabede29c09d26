#!/usr/bin/env node
// npm run bench [-- --quick] [-- --only name[,name]] [-- --list] [-- --out file.json]
// Runs each benchmark, prints one table per benchmark (median, spread, the baseline measured in the same run, the
// ratio and PASS/MISS against its target) and writes bench/results/latest.json (plus a timestamped copy).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { printResult, startService } from './harness.mjs';

const BENCHMARKS = [
  'list-scale',
  'emulator-vs-prism',
  'emulator-heap',
  'report-http',
  'report-pipeline',
  'report-memory',
  'sdk-paging',
  'sdk-vs-official',
  'sdk-overhead',
  'sdk-size',
];

function parseArgs(argv) {
  const args = { quick: false, only: undefined, out: undefined, list: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--full') args.quick = false;
    else if (a === '--list') args.list = true;
    else if (a === '--only') args.only = argv[++i]?.split(',');
    else if (a.startsWith('--only=')) args.only = a.slice(7).split(',');
    else if (a === '--out') args.out = argv[++i];
    else if (a === '--') continue;
    else
      throw new Error(
        `Unknown argument ${a}. Usage: npm run bench -- [--quick] [--only ${BENCHMARKS.join(',')}] [--out file.json]`,
      );
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
if (args.list) {
  console.log(BENCHMARKS.join('\n'));
  process.exit(0);
}
const selected = args.only ?? BENCHMARKS;
for (const name of selected)
  if (!BENCHMARKS.includes(name)) throw new Error(`Unknown benchmark ${name}; known: ${BENCHMARKS.join(', ')}`);

// One seeded emulator per store size, shared by the benchmarks that need that size (seeding 100k tokens is slow).
const emulators = new Map();
async function emulator(seedTokens) {
  if (!emulators.has(seedTokens)) {
    const started = performance.now();
    const service = startService('emulator.mjs', ['--seed-tokens', seedTokens]);
    emulators.set(seedTokens, service);
    const emu = await service;
    console.error(
      `   · emulator with ${emu.tokens.toLocaleString('en-US')} tokens ready in ${((performance.now() - started) / 1000).toFixed(1)} s (seeding ${(emu.seedMs / 1000).toFixed(1)} s, RSS ${(emu.rss / 1e6).toFixed(0)} MB)`,
    );
  }
  return emulators.get(seedTokens);
}

const startedAt = new Date();
const mode = args.quick ? 'quick' : 'full';
console.log(
  `connect-tokens benchmarks — ${mode} mode, Node ${process.version}, ${cpus().length} CPUs, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log('Every target is a ratio against a baseline measured in this run. A MISS is reported, not lowered.');
const results = [];
for (const name of selected) {
  const mod = await import(`./benchmarks/${name}.mjs`);
  const t0 = performance.now();
  let result;
  try {
    result = { name, title: mod.title, ...(await mod.run({ quick: args.quick, emulator })) };
  } catch (error) {
    result = { name, title: mod.title, error: error?.stack ?? String(error) };
  }
  result.seconds = (performance.now() - t0) / 1000;
  // Sample arrays stay in the JSON; the table shows medians and spreads.
  printResult(result);
  console.log(`   (${result.seconds.toFixed(1)} s)`);
  results.push(result);
}
for (const service of emulators.values()) await (await service.catch(() => undefined))?.stop();

const checks = results.flatMap((r) => (r.checks ?? []).map((c) => ({ benchmark: r.name, ...c })));
console.log('\n━━ Summary ' + '━'.repeat(90));
for (const c of checks) console.log(`   ${c.pass ? 'PASS' : 'MISS'}  ${c.benchmark}: ${c.name}`);
for (const r of results.filter((x) => x.error)) console.log(`   ERROR ${r.name}: ${r.error.split('\n')[0]}`);
const finishedAt = new Date();
console.log(
  `   ${checks.filter((c) => c.pass).length}/${checks.length} targets met, ${results.filter((r) => r.error).length} errors, ${((finishedAt - startedAt) / 1000).toFixed(0)} s`,
);

const report = {
  schema: 1,
  mode,
  startedAt: startedAt.toISOString(),
  finishedAt: finishedAt.toISOString(),
  seconds: (finishedAt - startedAt) / 1000,
  environment: {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    totalMemory: totalmem(),
    loadavg: loadavg(),
  },
  summary: {
    targets: checks.length,
    met: checks.filter((c) => c.pass).length,
    errors: results.filter((r) => r.error).length,
  },
  checks,
  benchmarks: results,
};
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
mkdirSync(resultsDir, { recursive: true });
const json = `${JSON.stringify(report, null, 2)}\n`;
writeFileSync(args.out ?? `${resultsDir}latest.json`, json);
if (!args.out) writeFileSync(`${resultsDir}${startedAt.toISOString().replace(/[:.]/g, '-')}-${mode}.json`, json);
console.log(`   results: ${args.out ?? 'bench/results/latest.json'}`);
// Misses are findings, not failures; a benchmark that could not run is.
process.exitCode = report.summary.errors > 0 ? 1 : 0;
