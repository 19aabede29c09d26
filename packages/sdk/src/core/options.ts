import { isBrowserPage, readEnv, runtimeName } from '../internal/env';
import { isLogLevel, type Logger, type LogLevel } from './logger';
import { VERSION } from '../version';

/**
 * The `fetch` the transport calls for each attempt: `fetch(request, init)`, where `init.signal` aborts at the
 * attempt's deadline or when the caller aborts (`globalThis.fetch` fits, as does any `(input, init)` wrapper passing
 * `init` on).
 */
export type SdkFetch = (request: Request, init: { signal: AbortSignal }) => Promise<Response>;

/** The public Connect API; used when neither `endpoint` nor `CONNECT_ENDPOINT` is set. */
export const DEFAULT_ENDPOINT = 'https://api.connect.cloudblue.com/public/v1';
/** Per-attempt timeout when none is given. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Retries after the first attempt when none is given. */
export const DEFAULT_MAX_RETRIES = 2;

/** Options of {@link createClient}. Every one is optional. */
export interface ClientOptions {
  /**
   * Base URL of the API, including its path: `https://api.connect.cloudblue.com/public/v1`, or the emulator's
   * `http://127.0.0.1:4010/public/v1`. Defaults to `CONNECT_ENDPOINT`, then to the public Connect API.
   */
  endpoint?: string | undefined;
  /**
   * `ApiKey SU-123-456-789:<secret>`, `SU-123-456-789:<secret>` or `Bearer <token>`. Defaults to `CONNECT_API_KEY`.
   * A malformed key throws at once, before any request.
   */
  apiKey?: string | undefined;
  /**
   * A `fetch` to use instead of `globalThis.fetch` (a proxy agent, a test double, an edge runtime's fetch). It is
   * called as `fetch(request, { signal })` once per attempt: the signal aborts at the attempt's deadline or when the
   * caller aborts, so a wrapper should pass `init` on, e.g. `(input, init) => fetch(input, { ...init, dispatcher })`.
   * The request itself carries no signal. A fetch that ignores the signal still gets its attempt ended on time.
   */
  fetch?: SdkFetch | undefined;
  /** Per-attempt timeout in ms (default 60 000). Each retry gets the full timeout again. */
  timeoutMs?: number | undefined;
  /** Retries after a failed attempt (default 2, so at most 3 attempts); `0` disables retries. */
  maxRetries?: number | undefined;
  /** Where log lines go (default `console`); any `{ debug, info, warn, error }` such as a pino logger. */
  logger?: Logger | undefined;
  /** How much to log (default `warn`, or `CONNECT_LOG_LEVEL`). */
  logLevel?: LogLevel | undefined;
  /** Prepended to the SDK's `User-Agent`, to tell your application apart in server logs (`my-app/1.2`). */
  userAgent?: string | undefined;
  /** Headers added to every request. */
  headers?: Record<string, string> | undefined;
  /**
   * Allow use in a browser page. Off by default: an API key in a page is readable by every script and extension on
   * it. Turn it on only for keys that are meant to be exposed (e.g. a narrowly scoped, short-lived token).
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/** Options after defaults and environment are applied. */
export interface ResolvedOptions {
  endpoint: string;
  apiKey: string | undefined;
  fetch: SdkFetch | undefined;
  timeoutMs: number;
  maxRetries: number;
  logger: Logger | undefined;
  logLevel: LogLevel;
  userAgent: string;
  headers: Record<string, string>;
}

/** Applies the environment and defaults, and rejects nonsense early with a message that names the option. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  if (isBrowserPage() && !options.dangerouslyAllowBrowser) {
    throw new Error(
      'createClient() refuses to run in a browser page, where every script can read the API key. Call the API from a ' +
        'server, or pass `dangerouslyAllowBrowser: true` if this key is meant to be exposed.',
    );
  }
  const endpoint = (options.endpoint ?? readEnv('CONNECT_ENDPOINT') ?? DEFAULT_ENDPOINT).replace(/\/+$/, '');
  let protocol: string | undefined;
  try {
    protocol = new URL(endpoint).protocol;
  } catch {
    /* not a URL */
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new TypeError(
      `Invalid endpoint ${JSON.stringify(endpoint)}: expected an http(s) URL such as ${DEFAULT_ENDPOINT}`,
    );
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0))
    throw new RangeError(`timeoutMs must be a positive number, got ${timeoutMs}`);
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (!(Number.isSafeInteger(maxRetries) && maxRetries >= 0)) {
    throw new RangeError(`maxRetries must be a non-negative integer, got ${maxRetries}`);
  }
  const envLevel = readEnv('CONNECT_LOG_LEVEL');
  const logLevel = options.logLevel ?? (isLogLevel(envLevel) ? envLevel : 'warn');
  if (!isLogLevel(logLevel))
    throw new RangeError(`logLevel must be off, error, warn, info or debug, got ${String(logLevel)}`);
  const sdkAgent = `connect-tokens-sdk/${VERSION} (${runtimeName()})`;
  return {
    endpoint,
    apiKey: options.apiKey ?? readEnv('CONNECT_API_KEY'),
    fetch: options.fetch,
    timeoutMs,
    maxRetries,
    logger: options.logger,
    logLevel,
    userAgent: options.userAgent ? `${options.userAgent} ${sdkAgent}` : sdkAgent,
    headers: { ...options.headers },
  };
}
