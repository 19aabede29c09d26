import { createMockPlatform, startMockServer } from '@connect-tokens/mock-server';

/** An emulator serving over HTTP on a loopback port, and its admin key. */
export interface RunningEmulator {
  /** The API endpoint, e.g. `http://127.0.0.1:43127/public/v1`. */
  endpoint: string;
  /** The bootstrap token's key (every module), taken from the platform object, never printed. */
  adminKey: string;
  close(): Promise<void>;
}

// The handlers are registered for this origin and the HTTP adapter rewrites requests to it, so the port the server
// really listens on (any free one) does not matter to them.
const ORIGIN = 'http://127.0.0.1:4010';

/** Starts a seeded emulator on a free loopback port: the same seed gives the same account. */
export async function startEmulator(options: { seed: number; tokens: number }): Promise<RunningEmulator> {
  const platform = createMockPlatform({
    seed: options.seed,
    seedTokens: options.tokens,
    baseUrl: `${ORIGIN}/public/v1`,
  });
  await platform.ready;
  const server = await startMockServer({ handlers: platform.handlers, port: 0, host: '127.0.0.1', origin: ORIGIN });
  return { endpoint: `${server.url}/public/v1`, adminKey: platform.bootstrapKey, close: () => server.close() };
}
