import { describe, expect, it } from 'vitest';
import App from '../src/index';
import { appTester, authData, useEmulator } from './harness';

const emulator = useEmulator();

/** Zapier's app errors carry `{ message, code, status }` (or `{ message, delay }`) as JSON in `message`. */
async function failure(promise: Promise<unknown>): Promise<{ name: string; body: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    const { name, message } = error as Error;
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(message) as Record<string, unknown>;
    } catch {
      body = { message };
    }
    return { name, body };
  }
  throw new Error('expected the call to fail');
}

describe('error mapping', () => {
  it('403: names the missing module and says how to fix it', async () => {
    const { key } = await emulator
      .platform()
      .issueToken({ name: 'Reports only', permissions: [{ id: 'MD-0001', name: 'Accounts' }] });
    const { name, body } = await failure(
      appTester(App.creates.create_token.operation.perform, { authData: authData(key), inputData: { name: 'x' } }),
    );
    expect(name).toBe('AppError');
    expect(body).toMatchObject({ code: 'AUTH_005', status: 403 });
    expect(body['message']).toMatch(/Permission denied: AUTH_005: .*MD-0007/);
    expect(body['message']).toMatch(/Grant the missing module/);
  });

  it('429: ThrottledError with the Retry-After delay', async () => {
    const { key } = await emulator
      .platform()
      .issueToken({ name: 'Slow', rate_limit: { requests: 1, period_seconds: 60 } });
    const auth = authData(key);
    await appTester(App.authentication.test, { authData: auth });
    const { name, body } = await failure(appTester(App.authentication.test, { authData: auth }));
    expect(name).toBe('ThrottledError');
    expect(body['message']).toMatch(/AUTH_008/);
    expect(body['delay']).toBeGreaterThan(0);
    expect(body['delay']).toBeLessThanOrEqual(60);
  });

  it('401 during an action: ExpiredAuthError telling the user to reconnect', async () => {
    const { key } = await emulator.platform().issueToken({ name: 'Gone soon' });
    const auth = authData(key);
    const ownId = /SU-\d{3}-\d{3}-\d{3}/.exec(key)![0];
    await appTester(App.creates.delete_token.operation.perform, {
      authData: authData(emulator.platform().bootstrapKey),
      inputData: { token_id: ownId },
    });
    const { name, body } = await failure(
      appTester(App.triggers.token_list.operation.perform, { authData: auth, meta: { page: 0 } }),
    );
    expect(name).toBe('ExpiredAuthError');
    expect(body['message']).toMatch(/Reconnect/);
  });

  it('never puts the secret of the connection into an error', async () => {
    const { key } = await emulator.platform().issueToken({ name: 'Weak', permissions: [] });
    const secret = key.split(':')[1]!;
    const { body } = await failure(
      appTester(App.creates.create_token.operation.perform, { authData: authData(key), inputData: { name: 'x' } }),
    );
    expect(JSON.stringify(body)).not.toContain(secret);
  });
});
