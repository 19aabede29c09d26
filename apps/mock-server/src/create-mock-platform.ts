import { http, type HttpHandler } from 'msw';
import { createClock, type Clock, type ClockInit } from './clock';
import { createRandom } from './random';
import { bootstrapKeyOf } from './bootstrap-key';
import { ADMIN_PATH_PREFIX, createAdminHandlers } from './handlers/admin';
import { registerDirectRoute } from './server/direct-dispatch';
import { auditRoutes } from './handlers/audit';
import { integrationsSettingsRoutes } from './handlers/integrations-settings';
import { moduleResourceRoutes } from './handlers/module-resources';
import { moduleRoutes } from './handlers/modules';
import { permissionRoutes } from './handlers/permissions';
import { policyCheckRoutes } from './handlers/policy-check';
import { statisticsRoutes } from './handlers/statistics';
import { tokenRoutes } from './handlers/tokens';
import { webhookRoutes } from './handlers/webhooks';
import { endpointFeatureRoutes } from './handlers/endpoint-routes';
import { webhooksOf, type WebhookDispatcher } from './webhooks/delivery';
import type { WebhookTargetOptions } from './webhooks/target-policy';
import type { PlatformRuntime, RequestLogEntry, RouteImplementation } from './http/context';
import { parseFaultConfig, type FaultConfig } from './http/faults';
import { handleApiRequest } from './http/pipeline';
import type { PipelineRequest } from './http/deferred-request';
import { corsPreflightResponse, isCorsPreflight, withCorsHeaders } from './http/cors';
import { createRouter, loadSpec, type SpecModel } from './spec/spec-model';
import { SPEC_TEXT } from './spec/spec-text';
import { SpecValidator } from './spec/validators';
import { MockStore } from './store/mock-store';
import { issueToken, seedWorld } from './store/seed-world';
import { requestLimits } from './http/request-limits';
import type { NewToken } from './store/token-store';
import type { TokenRecord } from './store/types';

/** Options of {@link createMockPlatform}. */
export interface MockPlatformOptions {
  /** Seed of the PRNG behind ids, generated names and fault dice. Same seed → same ids. Default: random. */
  seed?: number | string;
  /** Start time: a fixed instant freezes the clock (tests); a function is a time source; default: wall clock. */
  now?: ClockInit;
  /** Fault injection per route (see `FaultConfig`); validated like `PUT /__mock/faults`. */
  faults?: FaultConfig;
  /** Where the API lives. Default `http://127.0.0.1:4010/public/v1`. */
  baseUrl?: string;
  /**
   * Fixes the admin token's key (`ApiKey SU-…:<40 hex>`), e.g. from `CONNECT_MOCK_API_KEY`, so scripts can hard-code
   * it. Default: a new secret from the CSPRNG on every start.
   */
  bootstrapKey?: string;
  /** Number of realistic extra tokens to seed (names, extensions, modules, statuses, usage). Default 0. */
  seedTokens?: number;
  /** Extra or replacement routes, keyed `METHOD /path/template` as in the spec (for plug-in features). */
  routes?: Record<string, RouteImplementation>;
  /** Receives one entry per API request (never with credentials). */
  log?: (entry: RequestLogEntry) => void;
  /** Receives exceptions that became 500 GEN_500. Default `console.error`. */
  onUnexpectedError?: (error: unknown) => void;
  /** Spec text to enforce instead of the bundled `openapi.yaml` (tests of the emulator itself). */
  specText?: string;
  /** Delays before each retry of a failed webhook delivery (its length = number of retries). Default `[1000, 5000]`. */
  webhookRetryDelaysMs?: readonly number[];
  /** How long a webhook delivery waits for the receiver. Default 10 000 ms. */
  webhookTimeoutMs?: number;
  /**
   * Where webhooks may deliver (the CLI's `--allow-private-webhook-targets`): the emulator's own origin, link-local
   * and cloud metadata addresses never; loopback and private addresses only with `allowPrivate` (default `true`
   * in-process). See `WebhookTargetPolicy`.
   */
  webhookTargets?: WebhookTargetOptions;
  /**
   * CORS on the API (default true): preflights are answered 204 before routing and authentication, and responses
   * carry `Access-Control-Allow-Origin: *` and `Access-Control-Expose-Headers` (see `http/cors.ts`), so a browser
   * app on another origin can use the emulator.
   */
  cors?: boolean;
  /** Largest API request body in bytes, counted while reading (413 GEN_413 above it). Default 1 MiB. */
  maxBodyBytes?: number;
  /** Deepest nesting of arrays and objects in a JSON body (400 VAL_001 deeper, before any handler runs). Default 64, at most 1000. */
  maxJsonDepth?: number;
}

/** A running emulated platform. */
export interface MockPlatform {
  /** MSW handlers: the API under `baseUrl`, and `/__mock/*` admin routes at its origin. */
  handlers: HttpHandler[];
  store: MockStore;
  clock: Clock;
  /** The parsed spec the platform enforces. */
  spec: SpecModel;
  /** The spec text (served by the CLI at `/openapi.yaml`). */
  specText: string;
  baseUrl: string;
  /** `ApiKey SU-…:<secret>` of the admin token, which has every module. */
  bootstrapKey: string;
  /** Resolves once seeding (which hashes secrets, an async WebCrypto call) is done. Requests wait for it anyway. */
  ready: Promise<void>;
  /** Back to the initial state: same seed, same bootstrap key, no faults. */
  reset(): Promise<void>;
  /**
   * Creates a token directly in the store (test arrangement without HTTP). Returns the record and its full key.
   * Defaults: extension EXT-000, every module, no expiry.
   */
  issueToken(input?: Partial<NewToken> & { id?: string }): Promise<{ token: TokenRecord; key: string }>;
  /** The runtime shared by pipeline and handlers (for plug-in features). */
  runtime: PlatformRuntime;
  /** Webhook deliveries: `await platform.webhooks.idle()` waits until every delivery (and retry) is done. */
  webhooks: WebhookDispatcher;
}

const DEFAULT_BASE_URL = 'http://127.0.0.1:4010/public/v1';

/** Every route the core implements. */
export const CORE_ROUTES: Readonly<Record<string, RouteImplementation>> = {
  ...tokenRoutes,
  ...permissionRoutes,
  ...auditRoutes,
  ...policyCheckRoutes,
  ...moduleRoutes,
  ...integrationsSettingsRoutes,
  ...statisticsRoutes,
  ...moduleResourceRoutes,
  ...webhookRoutes,
  ...endpointFeatureRoutes,
};

let cachedSpec: { text: string; model: SpecModel; validator: SpecValidator } | undefined;
function specFor(text: string): { model: SpecModel; validator: SpecValidator } {
  // Parsing and compiling the spec is the slow part of creating a platform; tests create many platforms.
  if (cachedSpec?.text === text) return cachedSpec;
  const model = loadSpec(text);
  const entry = { text, model, validator: new SpecValidator(model.document) };
  if (text === SPEC_TEXT) cachedSpec = entry;
  return entry;
}

/**
 * Creates an emulated platform: MSW handlers over an in-memory store, an injectable clock and a seeded random source.
 *
 * @example
 * ```ts
 * const platform = createMockPlatform({ seed: 1, now: '2026-01-01T00:00:00Z' });
 * const server = setupServer(...platform.handlers);
 * server.listen({ onUnhandledRequest: 'error' });
 * await fetch(`${platform.baseUrl}/auth/tokens`, { headers: { authorization: platform.bootstrapKey } });
 * ```
 */
export function createMockPlatform(options: MockPlatformOptions = {}): MockPlatform {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 32);
  const clock = createClock(options.now);
  const random = createRandom(seed);
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const base = new URL(baseUrl);
  const specText = options.specText ?? SPEC_TEXT;
  const { model: spec, validator } = specFor(specText);
  const store = new MockStore(clock, random);
  const routes = new Map<string, RouteImplementation>(Object.entries({ ...CORE_ROUTES, ...options.routes }));
  const initialFaults = options.faults ? parseFaultConfig(options.faults) : { routes: {} };

  const bootstrap = bootstrapKeyOf(options.bootstrapKey);
  const bootstrapKey = bootstrap.header;

  const runtime: PlatformRuntime = {
    store,
    clock,
    spec,
    validator,
    router: createRouter(spec.operations),
    baseUrl,
    basePath: base.pathname.replace(/\/+$/, ''),
    faults: initialFaults,
    faultRandom: createRandom(`${String(seed)}:faults`),
    routes,
    log: options.log,
    onUnexpectedError:
      options.onUnexpectedError ?? ((error) => console.error('[connect-tokens-mock] unexpected error', error)),
    limits: requestLimits(options),
  };
  const webhooks = webhooksOf(runtime, {
    retryDelaysMs: options.webhookRetryDelaysMs,
    timeoutMs: options.webhookTimeoutMs,
    ...(options.webhookTargets ? { targets: options.webhookTargets } : {}),
  });

  const seedStore = () => seedWorld(store, random, bootstrap, options.seedTokens ?? 0);
  let ready = seedStore();

  const cors = options.cors ?? true;
  const apiHandler = async ({ request }: { request: PipelineRequest }) => {
    if (cors && isCorsPreflight(request.method, request.headers)) return corsPreflightResponse();
    await ready;
    const response = await handleApiRequest(runtime, request);
    return cors ? withCorsHeaders(response) : response;
  };

  async function reset(): Promise<void> {
    await ready;
    random.reset();
    store.clear();
    runtime.faultRandom.reset();
    runtime.faults = initialFaults;
    ready = seedStore();
    await ready;
  }

  const adminHandlers = createAdminHandlers(base.origin, { runtime, adminKey: bootstrapKey, reset });
  const apiHandlers = [http.all(`${baseUrl}/*`, apiHandler), http.all(baseUrl, apiHandler)];
  const handlers: HttpHandler[] = [...adminHandlers, ...apiHandlers];
  // The node:http adapter's fast path (see `server/direct-dispatch.ts`): same function, without msw's getResponse.
  // Admin routes live under `/__mock/` (msw matches paths case-insensitively, hence the lower-casing).
  // One predicate object per kind, so the adapter evaluates it once per request however many handlers share it.
  const mayBeAdmin = (url: URL) => url.pathname.toLowerCase().startsWith(ADMIN_PATH_PREFIX);
  for (const handler of adminHandlers) registerDirectRoute(handler, { kind: 'other', mayMatch: mayBeAdmin });
  const basePath = runtime.basePath;
  const directApi = (request: PipelineRequest) => apiHandler({ request });
  // Exactly the base path or below it, at the platform's origin; anything less obvious goes through msw.
  const isApi = (url: URL) => {
    if (basePath === '' || url.origin !== base.origin) return false;
    const pathname = url.pathname;
    return pathname === basePath || pathname.startsWith(`${basePath}/`);
  };
  for (const handler of apiHandlers)
    registerDirectRoute(handler, { kind: 'direct', matches: isApi, handle: directApi });

  return {
    handlers,
    store,
    clock,
    spec,
    specText,
    baseUrl,
    bootstrapKey,
    get ready() {
      return ready;
    },
    reset,
    issueToken: async (input) => {
      await ready;
      return issueToken(store, input);
    },
    runtime,
    webhooks,
  };
}
