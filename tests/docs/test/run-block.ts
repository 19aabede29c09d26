import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: every block runs from here, as the READMEs say. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Only a hung block is stopped; every block's work is bounded far below this on any machine. */
const HANG_GUARD_MS = 10 * 60_000;

export interface BlockResult {
  status: number | null;
  output: string;
}

/** A free loopback port, so a README's `4010` never collides with another emulator on the machine. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function collect(child: ChildProcess): { text: () => string } {
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (c: Buffer) => chunks.push(c));
  child.stderr?.on('data', (c: Buffer) => chunks.push(c));
  return { text: () => Buffer.concat(chunks).toString('utf8') };
}

function finish(child: ChildProcess, output: { text: () => string }): Promise<BlockResult> {
  return new Promise((resolve) => {
    const guard = setTimeout(() => killGroup(child), HANG_GUARD_MS);
    child.on('close', (status) => {
      clearTimeout(guard);
      resolve({ status, output: output.text() });
    });
  });
}

function killGroup(child: ChildProcess): void {
  // Each block runs in its own process group (detached), so npm, node and anything they started stop together.
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** Runs a shell block with bash (`-e -o pipefail`) from the repository root. */
export function runShell(code: string, env: NodeJS.ProcessEnv): Promise<BlockResult> {
  const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', code], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return finish(child, collect(child));
}

/** Runs a TypeScript block as a module inside the repository, so `@connect-tokens/*` and `msw` resolve. */
export function runTypeScript(code: string, env: NodeJS.ProcessEnv, name: string): Promise<BlockResult> {
  const dir = join(ROOT, 'tests/docs/.blocks');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.mts`);
  writeFileSync(file, code);
  const child = spawn(process.execPath, [file], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  return finish(child, collect(child));
}

/** A background block (an emulator) once it has printed its bootstrap key. */
export interface Background {
  key: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts a background block and waits until it prints a bootstrap key, or fails with its output if it exits first. */
export function startBackground(code: string, env: NodeJS.ProcessEnv): Promise<Background> {
  const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', code], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collect(child);
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const stop = async () => {
    killGroup(child);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const guard = setTimeout(() => {
      void stop().then(() => reject(new Error(`no bootstrap key printed:\n${output.text()}`)));
    }, HANG_GUARD_MS);
    const look = () => {
      const key = /ApiKey SU-\d{3}-\d{3}-\d{3}:[0-9a-f]{40}/.exec(output.text())?.[0];
      if (!key) return;
      clearTimeout(guard);
      child.stdout?.off('data', look);
      resolve({ key, output: output.text, stop });
    };
    child.stdout?.on('data', look);
    child.on('close', (status) => {
      clearTimeout(guard);
      reject(new Error(`the background block exited with ${status} before printing a key:\n${output.text()}`));
    });
  });
}
