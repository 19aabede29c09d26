import type { Schema } from '@connect-tokens/protocol';
import { ClientCore, type ApiClient } from './internal/client-core';
import { INSPECT } from './core/errors';
import { resolveOptions, type ClientOptions } from './core/options';
import type { RequestOptions } from './core/request-options';
import { AuditEvents } from './resources/audit-events';
import { EndpointTokens } from './resources/endpoint-tokens';
import { Endpoints } from './resources/endpoints';
import { Extensions } from './resources/extensions';
import { Modules } from './resources/modules';
import { Tokens } from './resources/tokens';
import { Webhooks } from './resources/webhooks';

/** Who the client's credential is: the token, its account and its modules (`GET /auth/context`). */
export type AuthContext = Schema<'AuthContext'>;

/**
 * A client for the API. Create one per credential with {@link createClient} and share it: it holds no per-request
 * state. Everything it prints (`util.inspect`, `JSON.stringify`, logs, errors) shows the key as
 * `ApiKey SU-123-456-789:****`.
 */
export class ConnectClient {
  /**
   * The typed openapi-fetch client for every path of the spec, with the SDK's auth, idempotency keys, retries,
   * timeouts and logging. It keeps openapi-fetch's contract: HTTP errors resolve as `{ error, response }`; use
   * `unwrap()` (exported) to throw the typed {@link ConnectError} instead.
   */
  declare readonly api: ApiClient;
  /** Tokens: CRUD, lifecycle, permissions, audit, statistics and policy checks. */
  declare readonly tokens: Tokens;
  /** Modules a token can be granted. */
  declare readonly modules: Modules;
  /** Extensions (and their modules). */
  declare readonly extensions: Extensions;
  /** Webhooks notified of token events. */
  declare readonly webhooks: Webhooks;
  /** The account-wide audit trail. */
  declare readonly auditEvents: AuditEvents;
  /** Integration endpoints that endpoint tokens open. */
  declare readonly endpoints: Endpoints;
  /** Endpoint (integration) tokens. */
  declare readonly endpointTokens: EndpointTokens;
  /** The endpoint the client talks to. */
  declare readonly endpoint: string;

  readonly #core: ClientCore;
  readonly #options: ClientOptions;

  /** Prefer {@link createClient}. */
  constructor(options: ClientOptions = {}) {
    this.#options = { ...options };
    const core = (this.#core = new ClientCore(resolveOptions(options)));
    this.api = core.api;
    this.tokens = new Tokens(core);
    this.modules = new Modules(core);
    this.extensions = new Extensions(core);
    this.webhooks = new Webhooks(core);
    this.auditEvents = new AuditEvents(core);
    this.endpoints = new Endpoints(core);
    this.endpointTokens = new EndpointTokens(core);
    this.endpoint = core.endpoint;
  }

  /** The caller's own token, account and modules: a cheap way to check a key works. */
  whoami(options?: RequestOptions): Promise<AuthContext> {
    const core = this.#core;
    return core.data(core.api.GET('/auth/context', core.init(options)));
  }

  /**
   * A new client with some options changed (same key unless `apiKey` is given), e.g.
   * `client.withOptions({ timeoutMs: 5_000, maxRetries: 0 })` for a latency-sensitive path.
   */
  withOptions(overrides: ClientOptions): ConnectClient {
    return new ConnectClient({ ...this.#options, ...overrides });
  }

  /** Safe summary for `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    return { endpoint: this.endpoint, credential: this.#core.redactedCredential };
  }

  /** Safe summary for `util.inspect` / `console.log`. */
  [INSPECT](): string {
    return `ConnectClient { endpoint: '${this.endpoint}', credential: '${this.#core.redactedCredential}' }`;
  }
}

/**
 * Creates a client. With no options it reads `CONNECT_ENDPOINT` and `CONNECT_API_KEY` from the environment (where
 * there is one).
 *
 * ```ts
 * const client = createClient({ endpoint: 'http://127.0.0.1:4010/public/v1', apiKey: 'ApiKey SU-…:…' });
 * ```
 *
 * @throws InvalidApiKeyError when the key is missing or malformed (before any request).
 */
export function createClient(options: ClientOptions = {}): ConnectClient {
  return new ConnectClient(options);
}
