import { describe, expect, it } from 'vitest';
import App from '../src/index';
import { appTester, authData, ENDPOINT, useEmulator } from './harness';

const emulator = useEmulator();

describe('authentication', () => {
  it('tests the key against /auth/context and labels the connection with account and token', async () => {
    const platform = emulator.platform();
    const context = (await appTester(App.authentication.test, { authData: authData(platform.bootstrapKey) })) as {
      account: { name: string };
      token: { id: string; name: string };
    };
    expect(context.token.name).toBe('Bootstrap admin');
    const label = await appTester(App.authentication.connectionLabel, { inputData: context });
    expect(label).toBe(`${context.account.name} · Bootstrap admin (${context.token.id})`);
  });

  it('accepts the key without the ApiKey scheme', async () => {
    const bare = emulator.platform().bootstrapKey.replace(/^ApiKey\s+/, '');
    const context = (await appTester(App.authentication.test, { authData: authData(bare) })) as {
      token: { id: string };
    };
    expect(bare.startsWith(context.token.id)).toBe(true);
  });

  it('asks the user to reconnect when the key is unknown (AUTH_001)', async () => {
    const key = 'ApiKey SU-000-000-001:0000000000000000000000000000000000000000';
    await expect(appTester(App.authentication.test, { authData: authData(key) })).rejects.toMatchObject({
      name: 'ExpiredAuthError',
      message: expect.stringMatching(/invalid or its token was deleted.*Reconnect/),
    });
  });

  it('asks the user to reconnect when the token was deactivated (AUTH_003) or has expired (AUTH_004)', async () => {
    const platform = emulator.platform();
    const { key: inactiveKey } = await platform.issueToken({ name: 'Off', active: false });
    await expect(appTester(App.authentication.test, { authData: authData(inactiveKey) })).rejects.toMatchObject({
      name: 'ExpiredAuthError',
      message: expect.stringContaining('deactivated'),
    });
    const { key: expiredKey } = await platform.issueToken({
      name: 'Old',
      expiration_date: new Date(Date.now() - 86_400_000).toISOString(),
    });
    await expect(appTester(App.authentication.test, { authData: authData(expiredKey) })).rejects.toMatchObject({
      name: 'ExpiredAuthError',
      message: expect.stringContaining('expired'),
    });
  });

  it('rejects a malformed key before any request, asking to reconnect', async () => {
    await expect(appTester(App.authentication.test, { authData: authData('not a key') })).rejects.toMatchObject({
      name: 'ExpiredAuthError',
    });
  });

  it("authenticates plain z.request calls (Zapier's auth templates) with the key as typed", async () => {
    const platform = emulator.platform();
    const bare = platform.bootstrapKey.replace(/^ApiKey\s+/, '');
    for (const key of [platform.bootstrapKey, bare]) {
      const context = await appTester(
        async (z) => (await z.request<{ token: { name: string } }>({ url: `${ENDPOINT}/auth/context` })).data,
        { authData: authData(key) },
      );
      expect(context.token.name).toBe('Bootstrap admin');
    }
  });

  it('uses the default endpoint when none is given', () => {
    const endpoint = App.authentication.fields.find((field) => field.key === 'endpoint');
    expect(endpoint?.default).toBe('https://api.connect.cloudblue.com/public/v1');
    expect(ENDPOINT).toMatch(/\/public\/v1$/);
  });
});
