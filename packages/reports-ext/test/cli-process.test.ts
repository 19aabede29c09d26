import { createMockPlatform, startMockServer, type MockServer } from '@connect-tokens/mock-server';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const run = promisify(execFile);

let server: MockServer;
let endpoint: string;
let platform: ReturnType<typeof createMockPlatform>;
let dir: string;

// The built CLI in a child process, against the emulator over real HTTP: what a person running `connect-reports` gets.
beforeAll(async () => {
  platform = createMockPlatform({ seed: 3, seedTokens: 10 });
  await platform.ready;
  server = await startMockServer({ handlers: platform.handlers, port: 0, origin: 'http://127.0.0.1:4010' });
  endpoint = `${server.url}/public/v1`;
  dir = await mkdtemp(join(tmpdir(), 'reports-cli-process-'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      cwd: dir,
      env: { PATH: process.env['PATH'] ?? '', CONNECT_ENDPOINT: endpoint, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the connect-reports executable', () => {
  it('runs a report over HTTP with the key from CONNECT_API_KEY', async () => {
    const { key } = await platform.issueToken({
      name: 'Reports',
      extension: { id: 'EXT-001', name: 'Reports' },
      permissions: [{ id: 'MD-0007', name: 'Integrations' }],
    });
    const { code, stdout } = await cli(
      ['run', 'permissions-matrix', '--format', 'csv', '--name', 'matrix', '--quiet'],
      { CONNECT_API_KEY: key },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('matrix.csv');
    expect(await readdir(dir)).toContain('matrix.csv');
  });

  it('exits 1 with one line and no stack trace for a rejected key, never echoing it', async () => {
    const bad = `ApiKey SU-000-000-000:${'a'.repeat(40)}`;
    const { code, stdout, stderr } = await cli(['run', 'token-inventory', '--api-key', bad]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('rejected the API key');
    expect(stdout + stderr).not.toContain('a'.repeat(40));
  });

  it('exits 1 naming the missing module', async () => {
    const { key } = await platform.issueToken({
      name: 'No integrations',
      permissions: [{ id: 'MD-0012', name: 'Reports' }],
    });
    const { code, stderr } = await cli(['run', 'audit-trail', '--param', 'period=this_month'], {
      CONNECT_API_KEY: key,
    });
    expect(code).toBe(1);
    expect(stderr).toContain('lacks module MD-0007 (Integrations)');
    expect(stderr).not.toContain(key.slice(key.lastIndexOf(':') + 1));
  });

  it('exits 2 for an invalid parameter', async () => {
    const { code, stderr } = await cli(['run', 'expiring-tokens', '--param', 'days=0'], {
      CONNECT_API_KEY: `ApiKey SU-000-000-000:${'b'.repeat(40)}`,
    });
    expect(code).toBe(2);
    expect(stderr).toBe('connect-reports: Parameter "days" (Days ahead): 0 is outside 1..3650.\n');
  });
});
