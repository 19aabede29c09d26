import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import App from '../src/index';
import { appTester, authData, ENDPOINT, useEmulator } from './harness';

const emulator = useEmulator();

const INTEGRATIONS = { id: 'MD-0007', name: 'Integrations' };
const CUSTOMERS = { id: 'MD-0002', name: 'Customers' };

/** Connect's own `/auth/context` has no `permissions` (an addition of this platform): serve it without. */
function asConnectAuthContext(): void {
  emulator.use(
    http.get(`${ENDPOINT}/auth/context`, async ({ request }) => {
      const response = await getResponse(emulator.platform().handlers, request);
      if (!response?.ok) return response;
      const { permissions: _dropped, ...context } = (await response.json()) as Record<string, unknown>;
      return HttpResponse.json(context);
    }),
  );
}

describe('the connection test checks the modules the app needs', () => {
  it('fails naming Integrations (MD-0007) when the token lacks it', async () => {
    const { token, key } = await emulator.platform().issueToken({ name: 'Customers only', permissions: [CUSTOMERS] });
    await expect(appTester(App.authentication.test, { authData: authData(key) })).rejects.toMatchObject({
      name: 'AppError',
      message: expect.stringMatching(
        new RegExp(`token ${token.id} lacks the Integrations \\(MD-0007\\) module.*Grant it`),
      ),
    });
  });

  it('passes for a token with Integrations only', async () => {
    const { token, key } = await emulator
      .platform()
      .issueToken({ name: 'Integrations only', permissions: [INTEGRATIONS] });
    await expect(appTester(App.authentication.test, { authData: authData(key) })).resolves.toMatchObject({
      token: { id: token.id },
    });
  });

  it('finds the missing module with a token list where /auth/context does not list modules (as on Connect)', async () => {
    asConnectAuthContext();
    const without = await emulator.platform().issueToken({ name: 'No integrations', permissions: [CUSTOMERS] });
    await expect(appTester(App.authentication.test, { authData: authData(without.key) })).rejects.toMatchObject({
      name: 'AppError',
      message: expect.stringContaining('lacks the Integrations (MD-0007) module'),
    });
    const withIt = await emulator.platform().issueToken({ name: 'Has integrations', permissions: [INTEGRATIONS] });
    const context = (await appTester(App.authentication.test, { authData: authData(withIt.key) })) as Record<
      string,
      unknown
    >;
    expect(context).not.toHaveProperty('permissions');
    expect(context).toMatchObject({ token: { id: withIt.token.id } });
  });
});
