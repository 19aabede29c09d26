import { ReportsError } from '../errors';

/**
 * Starts the emulator (`@connect-tokens/mock-server`, a devDependency) over real HTTP on an ephemeral loopback port.
 * Imported dynamically by a computed specifier, so neither TypeScript nor the bundler pulls the emulator into the
 * published package; the shape below is the part of its API the demo uses.
 */

interface MockPlatformLike {
  handlers: unknown[];
  baseUrl: string;
  bootstrapKey: string;
  ready: Promise<void>;
}

interface MockServerModule {
  createMockPlatform(options: { seed?: number | string; seedTokens?: number; baseUrl?: string }): MockPlatformLike;
  startMockServer(options: { handlers: readonly unknown[]; port?: number; host?: string; origin?: string }): Promise<{
    url: string;
    close(): Promise<void>;
  }>;
}

/** A running emulator. */
export interface RunningEmulator {
  /** API endpoint, e.g. `http://127.0.0.1:43127/public/v1`. */
  endpoint: string;
  /** Key of the emulator's admin token (every module). */
  adminKey: string;
  close(): Promise<void>;
}

const MODULE_NAME = '@connect-tokens/mock-server';
const ORIGIN = 'http://127.0.0.1:4010';

/** Thrown when the emulator package is not installed (a production install of this package). */
export class EmulatorUnavailableError extends ReportsError {
  override name = 'EmulatorUnavailableError';
}

/** Starts a seeded emulator with `tokens` realistic tokens. */
export async function startEmulator(options: { seed: number; tokens: number }): Promise<RunningEmulator> {
  let mod: MockServerModule;
  try {
    const specifier = MODULE_NAME;
    mod = (await import(specifier)) as MockServerModule;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      // "Cannot find package '…'" means not installed; any other missing file means installed but not built.
      if (!String((error as Error).message).includes(`package '${MODULE_NAME}'`)) {
        throw new EmulatorUnavailableError(
          `The emulator, ${MODULE_NAME}, is installed but not built: run "npm run build" in the connect-tokens repository.`,
        );
      }
      throw new EmulatorUnavailableError(
        `The demo runs against the emulator, ${MODULE_NAME}, which is not installed (it is a devDependency). ` +
          'Run "npm install" in the connect-tokens repository, or set CONNECT_ENDPOINT and CONNECT_API_KEY to run the demo against a real endpoint.',
      );
    }
    throw error;
  }
  // Handlers are registered for the emulator's default origin; the HTTP adapter rewrites requests to it, so the
  // ephemeral port does not matter to them.
  const platform = mod.createMockPlatform({ seed: options.seed, seedTokens: options.tokens, baseUrl: `${ORIGIN}/public/v1` });
  await platform.ready;
  const server = await mod.startMockServer({ handlers: platform.handlers, port: 0, host: '127.0.0.1', origin: ORIGIN });
  return { endpoint: `${server.url}/public/v1`, adminKey: platform.bootstrapKey, close: () => server.close() };
}
