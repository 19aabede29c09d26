import { afterAll, beforeAll } from 'vitest';
import { createMockPlatform, startMockServer, type MockPlatformOptions, type MockServer } from '../src/index';

/**
 * A platform served over a real loopback socket for the file's tests, with every uncaught exception recorded rather
 * than thrown: what a client does to a socket must never throw outside a handler, so tests expect `uncaught` empty.
 */
export function useServedPlatform(options: MockPlatformOptions) {
  const platform = createMockPlatform(options);
  const served = { platform, server: undefined as unknown as MockServer, uncaught: [] as unknown[] };
  const onUncaught = (error: unknown) => served.uncaught.push(error);
  beforeAll(async () => {
    process.on('uncaughtException', onUncaught);
    await platform.ready;
    served.server = await startMockServer({ handlers: platform.handlers, port: 0, origin: 'http://127.0.0.1:4010' });
  });
  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await served.server.close();
  });
  return served;
}
