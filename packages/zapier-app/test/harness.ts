import { createMockPlatform, type MockPlatform } from '@connect-tokens/mock-server';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import zapier from 'zapier-platform-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import App from '../src/index';

export const ENDPOINT = 'http://127.0.0.1:4010/public/v1';
/** Zapier's hook URL for one Zap; the MSW handler below stands in for Zapier's hook receiver. */
export const TARGET_URL = 'https://hooks.zapier.test/hooks/standard/1234/abcd';

export const appTester = zapier.createAppTester(App);

/** Bodies the emulator POSTed to {@link TARGET_URL}, parsed (what Zapier passes as `bundle.cleanedRequest`). */
export const received: unknown[] = [];
/** The same deliveries as sent: raw body and `Authorization` header (what Zapier passes as `bundle.rawRequest`). */
export const receivedRaw: Array<{ content: string; authorization: string | null }> = [];

/**
 * One emulated platform and MSW server per test file, reset before each test. The emulator's clock follows the wall
 * clock, because "expiring within N days" compares with `Date.now()` inside the app.
 */
export function useEmulator(): { platform: () => MockPlatform; use: (...handlers: RequestHandler[]) => void } {
  let platform: MockPlatform | undefined;
  const server = setupServer();

  beforeAll(() => {
    // No retry delays: a failed delivery must not keep a test waiting.
    platform = createMockPlatform({ seed: 42, webhookRetryDelaysMs: [0, 0] });
    // msw 3 spelling (v2 called it onUnhandledRequest): a request to a host without a handler fails the test.
    server.listen({ onUnhandledFrame: 'error' });
  });
  beforeEach(async () => {
    await platform!.reset();
    received.length = 0;
    receivedRaw.length = 0;
    server.resetHandlers(
      ...platform!.handlers,
      http.post(TARGET_URL, async ({ request }) => {
        const content = await request.text();
        received.push(JSON.parse(content));
        receivedRaw.push({ content, authorization: request.headers.get('authorization') });
        return HttpResponse.json({ status: 'success' });
      }),
    );
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  return {
    /** Handlers that take precedence over the emulator's for the current test only. */
    use: (...handlers) => server.use(...handlers),
    platform: () => {
      if (!platform) throw new Error('useEmulator(): the platform exists only inside tests');
      return platform;
    },
  };
}

/** `bundle.authData` for a key. */
export function authData(apiKey: string, endpoint = ENDPOINT): { endpoint: string; api_key: string } {
  return { endpoint, api_key: apiKey };
}

/** Waits until the emulator's detached webhook deliveries are done, and returns what reached the receiver. */
export async function deliveriesReceived(platform: MockPlatform): Promise<unknown[]> {
  await platform.webhooks.idle();
  return [...received];
}
