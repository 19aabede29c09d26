/**
 * The emulator as a Connect user meets it: its node:http adapter on an ephemeral loopback port, one fresh platform
 * per test file, and CloudBlue's SDK pointed at it with the platform's bootstrap key.
 */
import { createMockPlatform, startMockServer, type MockPlatform, type MockServer } from '@connect-tokens/mock-server';
import { afterAll, beforeAll } from 'vitest';
import { connectClient, genericResource, type ConnectClient, type GenericResource } from './connect-sdk';

/** A fixed start time, so expiry arithmetic does not depend on when the suite runs. */
export const T0 = '2026-03-01T12:00:00.000Z';

export interface CompatEnvironment {
  platform: MockPlatform;
  /** The SDK client with the bootstrap key (all modules). */
  client: ConnectClient;
  /** `GenericResource` at `/auth/tokens`. */
  tokens: GenericResource;
  /** `http://127.0.0.1:<port>/public/v1`. */
  endpoint: string;
}

/**
 * Starts the emulator before the file's tests and stops it after them. The returned object is filled in by
 * `beforeAll`, so read its fields inside tests only.
 */
export function useEmulatorOverHttp(seed = 21): CompatEnvironment {
  const environment = {} as CompatEnvironment;
  let server: MockServer | undefined;
  beforeAll(async () => {
    const platform = createMockPlatform({ seed, now: T0 });
    await platform.ready;
    // Handlers are registered for the default origin; the adapter rewrites requests to it whatever the port.
    server = await startMockServer({
      handlers: platform.handlers,
      port: 0,
      host: '127.0.0.1',
      origin: 'http://127.0.0.1:4010',
    });
    const endpoint = `${server.url}/public/v1`;
    const client = connectClient(endpoint, platform.bootstrapKey);
    Object.assign(environment, { platform, client, endpoint, tokens: genericResource(client, '/auth/tokens') });
  });
  afterAll(async () => {
    await server?.close();
  });
  return environment;
}
