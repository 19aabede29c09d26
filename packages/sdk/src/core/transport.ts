import { ConnectionError, TimeoutError, type RequestContext } from './errors';
import type { SdkLogger } from './logger';
import {
  backoffDelayMs,
  isIdempotentRequest,
  isRetryableStatus,
  MAX_RETRY_AFTER_MS,
  parseRetryAfterMs,
  shouldRetryOverride,
} from './retry-policy';
import { anySignal, timeoutSignal } from './signals';
import { sleep } from './sleep';

/** Per-call overrides of the client's resilience settings. */
export interface TransportCallOptions {
  /** Per-attempt timeout in ms. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. */
  maxRetries?: number | undefined;
  /** Aborts the call, including a backoff sleep in progress. */
  signal?: AbortSignal | undefined;
}

/** How the transport is set up by the client. */
export interface TransportConfig {
  fetch: (request: Request) => Promise<Response>;
  baseUrl: string;
  timeoutMs: number;
  maxRetries: number;
  logger: SdkLogger;
  /** Jitter source; injectable so tests can pin delays. */
  random?: () => number;
}

/** The fetch function openapi-fetch calls: one logical request in, one final response out. */
export type Transport = (request: Request, call?: TransportCallOptions) => Promise<Response>;

/** Which request each final response answered; errors built later from the response need the method and URL. */
const contexts = new WeakMap<Response, RequestContext>();

/** The method, URL and relative path of the request a transport response answers. */
export function requestContextOf(response: Response): RequestContext | undefined {
  return contexts.get(response);
}

// Statuses whose responses must not have a body when rebuilt.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * The resilience layer, given to openapi-fetch as its `fetch`: openapi-fetch's middleware runs once per logical call
 * (auth, idempotency key), then this runs each attempt with its own timeout, reads the body inside that timeout (a
 * stalled or reset body is a failed attempt, not a hang), and retries by the {@link ./retry-policy} rules.
 *
 * It returns the last response even when it is an error: turning it into a typed error is the caller's business, so
 * `client.api` keeps openapi-fetch's `{ data, error, response }` contract. Connection failures and timeouts that
 * survive the retries are thrown as {@link ConnectionError} / {@link TimeoutError}; a caller's abort rethrows the
 * caller's abort reason, as `fetch` does.
 */
export function createTransport(config: TransportConfig): Transport {
  const random = config.random ?? Math.random;
  const baseUrl = new URL(config.baseUrl.endsWith('/') ? config.baseUrl : `${config.baseUrl}/`);
  const { logger } = config;

  return async function send(request, call = {}) {
    const method = request.method.toUpperCase();
    const context: RequestContext = { method, url: request.url, path: relativePath(request.url, baseUrl) };
    // Buffered once so every attempt can send it again (a Request body is a one-shot stream).
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const callerSignal = anySignal([request.signal, call.signal]);
    const maxRetries = Math.max(0, call.maxRetries ?? config.maxRetries);
    const timeoutMs = call.timeoutMs ?? config.timeoutMs;
    const idempotent = isIdempotentRequest(method, request.headers);

    for (let attempt = 1; ; attempt++) {
      const retriesLeft = maxRetries - (attempt - 1);
      const timer = timeoutSignal(timeoutMs);
      const signal = anySignal([callerSignal, timer.signal])!;
      const started = Date.now();
      let response: Response;
      try {
        const raw = await config.fetch(
          new Request(request.url, { method, headers: request.headers, body, signal, redirect: request.redirect }),
        );
        const buffered = NULL_BODY_STATUSES.has(raw.status) || method === 'HEAD' ? null : await raw.arrayBuffer();
        response = new Response(buffered, { status: raw.status, statusText: raw.statusText, headers: raw.headers });
        contexts.set(response, context);
      } catch (cause) {
        // Cleared before any backoff sleep below (the `finally` only runs after it).
        timer.clear();
        // The caller gave up: no retry, and their reason (usually an AbortError) is what they expect to catch.
        if (callerSignal?.aborted) throw callerSignal.reason;
        const durationMs = Date.now() - started;
        const error = timer.signal.aborted
          ? new TimeoutError(`Request timed out after ${timeoutMs} ms [${method} ${context.path}]`, { ...context, cause })
          : new ConnectionError(`Connection error: ${describeCause(cause)} [${method} ${context.path}]`, {
              ...context,
              cause,
            });
        logger.log('debug', `${method} ${context.path} failed: ${error.name}`, {
          method,
          path: context.path,
          attempt,
          durationMs,
          error: error.name,
        });
        if (retriesLeft > 0 && idempotent) {
          await backoff(backoffDelayMs(attempt - 1, random), attempt, error.name);
          continue;
        }
        throw error;
      } finally {
        timer.clear();
      }

      const requestId = response.headers.get('x-request-id') ?? undefined;
      logger.log('debug', `${method} ${context.path} ${response.status}`, {
        method,
        path: context.path,
        status: response.status,
        durationMs: Date.now() - started,
        attempt,
        requestId,
        // The server answered a retried POST from its idempotency cache: the operation ran once.
        replayed: response.headers.get('idempotent-replayed') === 'true' || undefined,
      });
      if (response.ok || retriesLeft <= 0 || !idempotent) return response;

      const override = shouldRetryOverride(response.headers);
      const retryable =
        override ?? isRetryableStatus(response.status, await errorCodeOf(response, response.status === 409));
      if (!retryable) return response;

      const retryAfterMs = parseRetryAfterMs(response.headers);
      if (retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS) {
        const seconds = Math.ceil(retryAfterMs / 1000);
        logger.log('warn', `${method} ${context.path} ${response.status}: server asks to retry after ${seconds} s; not retrying`, {
          method,
          path: context.path,
          status: response.status,
          requestId,
          retryAfterMs,
        });
        return response;
      }
      await backoff(retryAfterMs ?? backoffDelayMs(attempt - 1, random), attempt, String(response.status), requestId);
    }

    async function backoff(delayMs: number, attempt: number, reason: string, requestId?: string): Promise<void> {
      const next = `attempt ${attempt + 1} of ${maxRetries + 1}`;
      logger.log('info', `Retrying ${method} ${context.path} in ${delayMs} ms (${next}) after ${reason}`, {
        method,
        path: context.path,
        attempt,
        delayMs,
        reason,
        requestId,
      });
      await sleep(delayMs, callerSignal);
    }
  };
}

/** The request's path relative to the endpoint (`/auth/tokens`), or its full path when it lies elsewhere. */
export function relativePath(url: string, baseUrl: URL): string {
  const { pathname, origin } = new URL(url);
  const basePath = baseUrl.pathname.replace(/\/$/, '');
  if (origin === baseUrl.origin && basePath !== '' && pathname.startsWith(`${basePath}/`)) {
    return pathname.slice(basePath.length);
  }
  return pathname;
}

/** Reads `error_code` from a buffered error body without consuming it; only when the decision needs it. */
async function errorCodeOf(response: Response, needed: boolean): Promise<string | undefined> {
  if (!needed) return undefined;
  try {
    const body = (await response.clone().json()) as { error_code?: unknown };
    return typeof body.error_code === 'string' ? body.error_code : undefined;
  } catch {
    return undefined;
  }
}

/** A short reason for a failed fetch: undici hides the useful part (ECONNREFUSED, …) in `cause`. */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = cause.cause instanceof Error ? cause.cause : undefined;
  const code = inner && 'code' in inner ? String((inner as { code: unknown }).code) : undefined;
  return [cause.message, code ?? inner?.message].filter(Boolean).join(': ');
}
