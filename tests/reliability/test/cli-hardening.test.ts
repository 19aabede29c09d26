/**
 * The built `connect-tokens-mock` CLI, run as an operator runs it: a bootstrap key the operator supplied never
 * appears in full in its output (CI logs), a generated one appears exactly once; webhooks cannot be pointed at the
 * port it listens on; `--no-allow-private-webhook-targets` and `--trust-proxy` take effect.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, webhookBody } from './support/http-emulator';

const cli = join(
  dirname(createRequire(import.meta.url).resolve('@connect-tokens/mock-server/package.json')),
  'dist',
  'cli.js',
);
const SUPPLIED = `ApiKey SU-000-000-042:${'5ec7e7'.repeat(6)}abcd`;
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
});

/** Starts the CLI on a free loopback port; resolves with its URL once the banner is out. */
async function start(args: string[], env: Record<string, string> = {}): Promise<{ url: string; output: () => string }> {
  const child = spawn(process.execPath, [cli, '--port', '0', '--host', '127.0.0.1', '--quiet', ...args], {
    env: { ...process.env, CONNECT_MOCK_API_KEY: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  }) as ChildProcessWithoutNullStreams;
  children.push(child);
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match && output.includes('Try:')) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`CLI exited with ${code}: ${output}`)));
  });
  return { url, output: () => output };
}

/** Runs the CLI to completion (for argument errors). */
function run(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

const secretOf = (key: string) => key.slice(key.lastIndexOf(':') + 1);

describe('the CLI', () => {
  it('masks a bootstrap key supplied in CONNECT_MOCK_API_KEY and never prints its secret', async () => {
    const { url, output } = await start([], { CONNECT_MOCK_API_KEY: SUPPLIED });
    expect(output()).toContain('ApiKey SU-000-000-042:****');
    expect(output()).not.toContain(secretOf(SUPPLIED));
    expect((await call(`${url}/public/v1/auth/context`, { headers: { authorization: SUPPLIED } })).status).toBe(200);
  });

  it('masks a bootstrap key supplied with --api-key', async () => {
    const { output } = await start(['--api-key', SUPPLIED]);
    expect(output()).toContain('ApiKey SU-000-000-042:****');
    expect(output()).not.toContain(secretOf(SUPPLIED));
  });

  it('prints a key it generated exactly once, and that key works', async () => {
    const { url, output } = await start([]);
    const keys = output().match(/ApiKey SU-\d{3}-\d{3}-\d{3}:[0-9a-f]{40}/g) ?? [];
    expect(keys).toHaveLength(1);
    expect(output().split(secretOf(keys[0]!)).length - 1).toBe(1);
    expect((await call(`${url}/public/v1/auth/context`, { headers: { authorization: keys[0]! } })).status).toBe(200);
  });

  it('refuses webhooks aimed at the port it listens on, and private targets with --no-allow-private-webhook-targets', async () => {
    const open = await start(['--api-key', SUPPLIED]);
    const headers = { 'content-type': 'application/json', authorization: SUPPLIED };
    const port = new URL(open.url).port;
    for (const target of [`http://127.0.0.1:${port}/__mock/reset`, `http://localhost:${port}/__mock/reset`]) {
      const own = await call(`${open.url}/public/v1/notifications/webhooks`, {
        method: 'POST',
        headers,
        body: webhookBody(target),
      });
      expect(own.status, target).toBe(400);
      expect(own.body.errors.join(' ')).toContain('own address');
    }
    const local = await call(`${open.url}/public/v1/notifications/webhooks`, {
      method: 'POST',
      headers,
      body: webhookBody('http://127.0.0.1:9/hook'),
    });
    expect(local.status).toBe(201);

    const closed = await start(['--api-key', SUPPLIED, '--no-allow-private-webhook-targets']);
    expect(closed.output()).toContain('may not deliver to loopback and private addresses');
    const refused = await call(`${closed.url}/public/v1/notifications/webhooks`, {
      method: 'POST',
      headers,
      body: webhookBody('http://127.0.0.1:9/hook'),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.join(' ')).toContain('private webhook targets are off');
  });

  it('takes the right-most untrusted X-Forwarded-For hop with --trust-proxy, and rejects a malformed setting', async () => {
    const { url } = await start(['--api-key', SUPPLIED, '--trust-proxy']);
    const headers = { authorization: SUPPLIED, 'x-forwarded-for': '203.0.113.1, 198.51.100.23' };
    expect((await call(`${url}/public/v1/auth/context`, { headers })).status).toBe(200);
    const audit = await call(`${url}/public/v1/auth/tokens/SU-000-000-042`, { headers });
    expect(audit.body.last_access?.ip).toBe('198.51.100.23');
    const bad = await run(['--trust-proxy', 'proxy.internal', '--port', '0']);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('--trust-proxy');
  });
});
