import {
  createMockPlatform,
  parseFaultConfig,
  type FaultConfig,
  type MockPlatform,
  type MockPlatformOptions,
} from '@connect-tokens/mock-server';
import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createClient, type ClientOptions, type ConnectClient } from '../../src/index';

/** The emulator behind MSW, a client with its admin key, and helpers; reset before each test. */
export interface TestPlatform {
  platform: MockPlatform;
  server: SetupServer;
  /** A client with the bootstrap (all modules) key and quiet logs. */
  client: ConnectClient;
  /** Another client on the same emulator, e.g. with another key or fewer retries. */
  clientWith(options: ClientOptions): ConnectClient;
  /** Replaces the emulator's injected faults. */
  setFaults(faults: FaultConfig): void;
}

/**
 * Registers the emulator for the current test file: MSW intercepts `fetch` to `http://127.0.0.1:4010/public/v1`
 * and the stateful platform answers. Everything is reset between tests, so tests are independent.
 */
export function usePlatform(options: MockPlatformOptions = {}): TestPlatform {
  const platform = createMockPlatform({ seed: 42, now: '2026-06-01T00:00:00Z', ...options });
  const server = setupServer(...platform.handlers);
  const clientWith = (clientOptions: ClientOptions): ConnectClient =>
    createClient({ endpoint: platform.baseUrl, apiKey: platform.bootstrapKey, logLevel: 'off', ...clientOptions });
  const state: TestPlatform = {
    platform,
    server,
    client: clientWith({}),
    clientWith,
    setFaults: (faults) => {
      platform.runtime.faults = parseFaultConfig(faults);
    },
  };
  beforeAll(async () => {
    server.listen({ onUnhandledFrame: 'error' });
    await platform.ready;
  });
  beforeEach(async () => {
    await platform.reset();
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return state;
}
