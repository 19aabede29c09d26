import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createMockPlatform, startMockServer, type MockPlatform, type MockServer } from '@connect-tokens/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'scripts', 'poll-trigger.mjs');

/** The README's replacement for `invoke trigger new_token`, run as a user would, against the emulator over HTTP. */
// Each test starts a Node process; the timeout is a hang guard for a loaded machine, not a speed requirement.
describe('scripts/poll-trigger.mjs', { timeout: 120_000 }, () => {
  let platform: MockPlatform;
  let server: MockServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    platform = createMockPlatform({ seed: 11 });
    server = await startMockServer({
      handlers: platform.handlers,
      port: 0,
      host: '127.0.0.1',
      origin: new URL(platform.baseUrl).origin,
    });
    env = {
      PATH: process.env['PATH'] ?? '',
      authData_endpoint: `${server.url}${new URL(platform.baseUrl).pathname}`,
      authData_api_key: platform.bootstrapKey,
    };
  });
  afterAll(() => server?.close());

  it('prints what the polling fallback of New Token returns, at most --limit items', async () => {
    const issued = await platform.issueToken({ name: 'Polled by the script' });
    const { stdout } = await run(process.execPath, [script, 'new_token', '--limit', '2'], { env });
    const items = JSON.parse(stdout) as Array<{ id: string }>;
    expect(items.length).toBeLessThanOrEqual(2);
    expect(items.map((item) => item.id)).toContain(issued.token.id);
  });

  it("runs a polling trigger's perform with the given inputData", async () => {
    await platform.issueToken({
      name: 'Soon gone',
      expiration_date: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    });
    const { stdout } = await run(process.execPath, [script, 'token_expiring_soon', '{"days": 5}'], { env });
    expect((JSON.parse(stdout) as Array<{ name: string; days_left: number }>).map((item) => item.name)).toEqual([
      'Soon gone',
    ]);
  });

  it("fails with the app's message, and without the key, when the connection is refused", async () => {
    const key = 'ApiKey SU-000-000-009:0123456789abcdef0123456789abcdef01234567';
    const failure = await run(process.execPath, [script, 'new_token'], { env: { ...env, authData_api_key: key } }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/^ExpiredAuthError: .*Reconnect/);
    expect(`${failure?.stdout}${failure?.stderr}`).not.toContain('0123456789abcdef0123456789abcdef01234567');
  });

  it('names the trigger keys when given an unknown one, and says when .env is missing', async () => {
    const unknown = await run(process.execPath, [script, 'no_such_trigger'], { env }).catch(
      (error: { stderr: string }) => error,
    );
    expect((unknown as { stderr: string }).stderr).toMatch(/trigger keys: new_token, token_status_changed/);
    const noEnv = await run(process.execPath, [script, 'new_token'], { env: { PATH: env['PATH']! } }).catch(
      (error: { stderr: string }) => error,
    );
    expect((noEnv as { stderr: string }).stderr).toMatch(/authData_api_key is not set/);
  });
});
