import { createMockPlatform, type MockPlatform } from '@connect-tokens/mock-server';
import { createClient, type ConnectClient } from '@connect-tokens/sdk';
import { setupServer } from 'msw/node';
import { makeEndpointTraffic, type EndpointTrafficMade } from '@connect-tokens/example-endpoint-traffic';

/** The instant the emulator's clock is frozen at; reports run with the same "now". */
export const NOW = new Date('2026-03-15T12:00:00Z');

/** An emulated account reached through MSW, with a Reports token and an admin client. */
export interface TestPlatform {
  platform: MockPlatform;
  /** SDK client holding the Reports token (EXT-001, modules MD-0007 and MD-0012). */
  client: ConnectClient;
  /** The Reports token's full key: must never appear in a report. */
  reportsKey: string;
  admin: ConnectClient;
  endpoint: string;
  /** The endpoint opened at start, its applications and the calls made to its data path. */
  traffic: EndpointTrafficMade;
  close(): void;
}

/**
 * Starts a seeded emulator behind MSW (`onUnhandledFrame: 'error'`, so any request the emulator does not serve fails
 * the test), creates a Reports token and generates some audit activity through the SDK: a deactivation, a
 * permission change and denied requests, and an endpoint called by two applications and a primary token.
 */
export async function startTestPlatform(options: { seedTokens?: number } = {}): Promise<TestPlatform> {
  const platform = createMockPlatform({ seed: 7, now: NOW.toISOString(), seedTokens: options.seedTokens ?? 60 });
  await platform.ready;
  const server = setupServer(...platform.handlers);
  server.listen({ onUnhandledFrame: 'error' });
  const endpoint = platform.baseUrl;
  const admin = createClient({ endpoint, apiKey: platform.bootstrapKey, maxRetries: 0 });
  const created = await admin.tokens.create({
    name: 'Reports',
    extension: { id: 'EXT-001' },
    permissions: [{ object: { id: 'MD-0007' } }, { object: { id: 'MD-0012' } }],
  });
  const reportsKey = created.token!;
  const client = createClient({ endpoint, apiKey: reportsKey, maxRetries: 0 });

  // Activity for the audit trail: a token made, deactivated, and one lacking MD-0007 being refused.
  const narrow = await admin.tokens.create({
    name: '=cmd|" /C calc"!A0',
    extension: { id: 'EXT-002' },
    permissions: [{ object: { id: 'MD-0013' } }],
  });
  const narrowClient = createClient({ endpoint, apiKey: narrow.token!, maxRetries: 0 });
  for (let i = 0; i < 2; i++)
    await narrowClient.tokens
      .list()
      .first()
      .catch(() => undefined);
  const temp = await admin.tokens.create({ name: 'Temporary <b>bold</b>', extension: { id: 'EXT-000' } });
  await admin.tokens.deactivate(temp.id);
  // Traffic for the endpoint report: two applications and a primary token calling an endpoint, some calls denied.
  const traffic = await makeEndpointTraffic(admin, endpoint);

  return { platform, client, reportsKey, admin, endpoint, traffic, close: () => server.close() };
}
