#!/usr/bin/env node
// `npm test`: turbo's build, lint, typecheck and test of every workspace, two tasks at a time, with a line per task
// as it starts and per package as its tests finish (a full run takes minutes on two cores), the complete log of any
// task that fails as soon as it fails, and scripts/test-summary.mjs's totals at the end. Arguments go to turbo
// (e.g. `npm test -- --filter=@connect-tokens/sdk`).
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const summary = fileURLToPath(new URL('test-summary.mjs', import.meta.url));
const started = Date.now();
const elapsed = () => {
  const s = Math.round((Date.now() - started) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
// turbo colours its output when it sees a terminal; the parsing below reads plain text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC, the character to remove
const plain = (line) => line.replace(/\x1b\[[0-9;]*m/g, '');

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' };
const turboArgs = ['--no-install', 'turbo', 'run', 'build', 'lint', 'typecheck', 'test', ...process.argv.slice(2)];

// Which workspaces' tests this run is meant to run (all, or those a --filter selects), so the summary can name the
// ones that never ran instead of leaving them out.
const dry = spawnSync('npx', [...turboArgs, '--dry=json'], {
  cwd: root,
  env,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (dry.status !== 0) {
  process.stderr.write(dry.stderr);
  console.error('turbo could not plan the run (above); run "npm install" at the repository root if turbo is missing.');
  process.exit(1);
}
const expected = JSON.parse(dry.stdout)
  .tasks.filter((t) => t.task === 'test' && t.command !== '<NONEXISTENT>')
  .map((t) => t.package);

spawnSync(process.execPath, [summary, '--clean'], { stdio: 'inherit' });
// The repository-wide format and lint check (Biome, docs/lint.md) first: it takes seconds, and its findings are read
// before the minutes of builds and tests. Its status joins the summary's.
console.log('npm test: npm run lint:repo (Biome format and lint check)');
const lint = spawnSync('npm', ['run', '--silent', 'lint:repo'], { cwd: root, env, stdio: 'inherit' });
const lintStatus = lint.status ?? 1;
console.log(
  `npm test: build, lint, typecheck and test of ${expected.length} workspaces (turbo, 2 tasks at a time). Failures are printed in full.`,
);

const turbo = spawn(
  'npx',
  [...turboArgs, '--concurrency=2', '--continue=dependencies-successful', '--output-logs=full', '--ui=stream'],
  {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);

/** Log lines per task (`pkg:task`), kept until the task fails (printed) or the run ends (dropped). */
const logs = new Map();
const cached = new Set();
const taskLine = /^(@?[\w./-]+):(build|lint|typecheck|test): ?(.*)$/;
const trailer = [];

const printed = new Set();
/** Prints a failed task's whole log, once, as soon as turbo says it failed. */
function printFailure(id) {
  if (printed.has(id)) return;
  printed.add(id);
  console.log(`\n──── ${id} failed; its log: ────`);
  for (const l of logs.get(id) ?? []) console.log(l);
  console.log(`──── end of ${id} ────\n`);
}

function onLine(raw) {
  const line = plain(raw);
  // turbo 2 names a failed task "pkg#task" ("command finished with error, but continuing…" with --continue).
  const failure = /^(@?[\w./-]+)#(build|lint|typecheck|test):\s+(?:WARNING|ERROR)\s+command/.exec(line);
  if (failure) {
    printFailure(`${failure[1]}:${failure[2]}`);
    return;
  }
  const match = taskLine.exec(line);
  if (!match) {
    // turbo's own closing lines ("Tasks: …", "Failed: …") and errors outside a task.
    if (line.trim() && !line.startsWith(' • ') && !/^\s*$/.test(line)) trailer.push(line);
    return;
  }
  const [, pkg, task, text] = match;
  const id = `${pkg}:${task}`;
  if (!logs.has(id)) logs.set(id, []);
  const log = logs.get(id);
  log.push(text);
  if (/^cache (hit|miss)/.test(text)) {
    if (text.startsWith('cache hit')) cached.add(id);
    console.log(
      `  ${elapsed().padStart(5)}  ${pkg} ${task}${text.startsWith('cache hit') ? ' (unchanged, from cache)' : '…'}`,
    );
    return;
  }
  // vitest's closing count, e.g. "      Tests  212 passed (212)" or "Tests  1 failed | 211 passed (212)".
  const tests = /^\s*Tests\s+(.+?)\s*\(\d+\)\s*$/.exec(text);
  if (task === 'test' && tests)
    console.log(`  ${elapsed().padStart(5)}  ${pkg} tests: ${tests[1]}${cached.has(id) ? ' (from cache)' : ''}`);
  if (/ERROR: command finished with error/.test(text)) printFailure(id);
}

createInterface({ input: turbo.stdout }).on('line', onLine);
createInterface({ input: turbo.stderr }).on('line', onLine);
turbo.on('error', (error) => {
  console.error(`Could not start turbo (${error.message}): run "npm install" at the repository root first.`);
  process.exit(1);
});
turbo.on('close', (code) => {
  const failed = trailer.filter((l) => /^\s*Failed:/.test(l));
  if (failed.length) console.log(failed.join('\n'));
  console.log(`Finished in ${elapsed()}.`);
  const result = spawnSync(
    process.execPath,
    [summary, '--expect', expected.join(','), String(code ?? 1), `--lint-status=${lintStatus}`],
    {
      stdio: 'inherit',
    },
  );
  process.exit(result.status ?? 1);
});
