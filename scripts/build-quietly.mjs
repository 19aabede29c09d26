#!/usr/bin/env node
// `node scripts/build-quietly.mjs <workspace>...`: builds the workspaces and what they depend on with turbo, printing
// nothing when the build succeeds (a warm cache takes a second or two) and turbo's whole log when it fails, so the
// root scripts show their own output instead of ~50 lines of build replay. Arguments meant for the program the root
// script runs afterwards never reach turbo, so they cannot change its cache key.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const workspaces = process.argv.slice(2);
if (workspaces.length === 0) {
  console.error('usage: node scripts/build-quietly.mjs <workspace>...');
  process.exit(2);
}

const interactive = process.stderr.isTTY === true;
const started = Date.now();
// A first build takes about a minute on two cores; on a terminal, say so while it runs and erase it afterwards.
const notice = setTimeout(() => {
  if (interactive) process.stderr.write('Building the packages (one to two minutes the first time)…');
}, 2000);

const args = ['run', 'build', ...workspaces.map((w) => `--filter=${w}...`), '--output-logs=errors-only', '--ui=stream'];
const child = spawn(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no-install', 'turbo', ...args], {
  cwd: root,
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const output = [];
child.stdout.on('data', (chunk) => output.push(chunk));
child.stderr.on('data', (chunk) => output.push(chunk));
child.on('error', (error) => {
  clearTimeout(notice);
  console.error(`Could not start turbo (${error.message}): run "npm install" at the repository root first.`);
  process.exit(1);
});
child.on('close', (code) => {
  clearTimeout(notice);
  if (interactive && Date.now() - started > 2000) process.stderr.write('\r\x1b[K');
  if (code === 0) return;
  process.stderr.write(Buffer.concat(output));
  console.error(`\nThe build failed (turbo exited with ${code}); its log is above. Nothing else was run.`);
  process.exit(code ?? 1);
});
