import openapiFetch, { type Client } from 'openapi-fetch';
import type { paths } from '@connect-tokens/protocol';
import { resolveCredential, type ResolvedCredential } from '../core/credentials';
import type { ConnectError } from '../core/errors';
import { SdkLogger } from '../core/logger';
import type { ResolvedOptions } from '../core/options';
import type { RequestOptions } from '../core/request-options';
import { createTransport, type Transport, type TransportCallOptions } from './transport';
import { toConnectError, type FetchResult } from '../core/unwrap';

/**
 * openapi-fetch's factory. Its CJS build sets `exports.default`; because this package is `"type": "module"`, esbuild
 * compiles our CJS build with Node's interop, where a default import is the whole `exports` object. Unwrap it there.
 */
const createFetchClient: typeof openapiFetch =
  typeof openapiFetch === 'function'
    ? openapiFetch
    : (openapiFetch as unknown as { default: typeof openapiFetch }).default;

/** The openapi-fetch client typed by the spec's paths. */
export type ApiClient = Client<paths>;

/** What every openapi-fetch call of the SDK passes besides its params and body. */
export type CallInit = {
  headers: Record<string, string> | undefined;
  fetch: (request: Request) => Promise<Response>;
};

/**
 * What the client and its resources share: the configured openapi-fetch client, the transport and the logger.
 * Internal: users meet {@link ConnectClient}. Secrets live in private fields so no inspection of a resource shows them.
 */
export class ClientCore {
  declare readonly api: ApiClient;
  declare readonly endpoint: string;
  readonly #credential: ResolvedCredential;
  readonly #secrets: readonly string[];
  readonly #transport: Transport;

  constructor(options: ResolvedOptions) {
    this.endpoint = options.endpoint;
    this.#credential = resolveCredential(options.apiKey);
    const secrets = (this.#secrets = [this.#credential.secret]);
    const transport = (this.#transport = createTransport({
      fetch: options.fetch ?? ((request, init) => globalThis.fetch(request, init)),
      baseUrl: options.endpoint,
      timeoutMs: options.timeoutMs,
      maxRetries: options.maxRetries,
      logger: new SdkLogger(options.logger, options.logLevel, secrets),
      secrets,
      headers: {
        authorization: this.#credential.authorization,
        userAgent: options.userAgent,
        headers: options.headers,
      },
    }));
    this.api = createFetchClient<paths>({
      baseUrl: options.endpoint,
      // openapi-fetch passes no second argument here (no `requestInitExt`), so the client's own settings apply.
      fetch: transport,
      // Redirects are the transport's to follow (same origin only).
      redirect: 'manual',
    });
  }

  /** `ApiKey SU-123-456-789:****`: safe to show. */
  get redactedCredential(): string {
    return this.#credential.redacted;
  }

  /**
   * The openapi-fetch init for one call: its headers and a transport bound to its signal, timeout and retries (the
   * signal goes to the transport, not into the Request: see {@link TransportCallOptions.signal}).
   */
  init(options: RequestOptions = {}): CallInit {
    const { signal, headers, idempotencyKey } = options;
    const transport = this.#transport;
    const call = { timeoutMs: options.timeoutMs, maxRetries: options.maxRetries, signal };
    return {
      // openapi-fetch only reads the caller's headers (it merges them into a new Headers object).
      headers: idempotencyKey === undefined ? headers : { ...headers, 'Idempotency-Key': idempotencyKey },
      fetch: (request) => transport(request, call),
    };
  }

  /** The typed error for a failed result, with this client's secret masked in anything copied from the body. */
  error(result: FetchResult<unknown>): ConnectError {
    return toConnectError(result, this.#secrets);
  }

  /** `data` of a successful result; throws the typed error otherwise. */
  async data<T>(pending: Promise<FetchResult<T>>): Promise<T> {
    const result = await pending;
    if (!result.response.ok) throw this.error(result);
    return result.data as T;
  }
}
