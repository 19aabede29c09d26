import { ConnectionError, TimeoutError, type RequestContext } from '../core/errors';
import type { SdkLogger } from '../core/logger';
import type { SdkFetch } from '../core/options';
import {
  backoffDelayMs,
  isIdempotentRequest,
  isRetryableStatus,
  MAX_RETRY_AFTER_MS,
  parseRetryAfterMs,
  shouldRetryOverride,
} from './retry-policy';
import { redactSecrets } from '@connect-tokens/protocol';
import { redactError } from './redact';
import { applyDefaultHeaders, type DefaultHeaders } from './default-headers';
import { withinDeadline } from './attempt-deadline';
import { fetchSameOrigin } from './same-origin-redirects';
import { sleep } from './sleep';

/** Per-call overrides of the client's resilience settings. */
export interface TransportCallOptions {
  /** Per-attempt timeout in ms. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. */
  maxRetries?: number | undefined;
  /**
   * The caller's signal. Passed here rather than in the `Request`: a signal in a Request costs Node a WeakRef, a
   * listener and a finalizer per request, and keeps joined signals alive as long as a long-lived caller's signal.
   */
  signal?: AbortSignal | undefined;
}

/** How the transport is set up by the client. */
export interface TransportConfig {
  fetch: SdkFetch;
  baseUrl: string;
  timeoutMs: number;
  maxRetries: number;
  logger: SdkLogger;
  /** Secrets to mask in any text copied from a foreign error (a fetch or proxy error may quote request headers). */
  secrets: readonly string[];
  /** Headers completed once per logical call, before the first attempt. */
  headers: DefaultHeaders;
}

/** The fetch function openapi-fetch calls: one logical request in, one final response out. */
export type Transport = (request: Request, call?: TransportCallOptions) => Promise<Response>;

/**
 * Which request each final response answered; errors built later from the response need the method and URL. Kept in
 * a symbol-keyed property rather than a WeakMap: one WeakMap entry per request is a measurable GC cost.
 */
const CONTEXT = Symbol('context');

/** The logical call a response answers; its relative path is only worked out when an error or a log line needs it. */
interface Call {
  method: string;
  url: string;
  baseUrl: URL;
  path?: string;
}

function pathOf(call: Call): string {
  return (call.path ??= relativePath(call.url, call.baseUrl));
}

/** The method, URL and relative path of the request a transport response answers. */
export function requestContextOf(response: Response): RequestContext | undefined {
  const call = (response as { [CONTEXT]?: Call })[CONTEXT];
  return call && { method: call.method, url: call.url, path: pathOf(call) };
}

/**
 * The resilience layer, given to openapi-fetch as its `fetch`: once per logical call it completes the request's headers
 * (auth, idempotency key: {@link applyDefaultHeaders}), then runs each attempt with its own timeout, reads the body
 * inside that timeout (a stalled or reset body is a failed attempt, not a hang), and retries by the
 * {@link ./retry-policy} rules.
 *
 * It returns the last response even when it is an error: turning it into a typed error is the caller's business, so
 * `client.api` keeps openapi-fetch's `{ data, error, response }` contract. Connection failures and timeouts that
 * survive the retries are thrown as {@link ConnectionError} / {@link TimeoutError}; a caller's abort rethrows the
 * caller's abort reason, as `fetch` does.
 */
export function createTransport(config: TransportConfig): Transport {
  // The endpoint comes without a trailing slash (see resolveOptions).
  const baseUrl = new URL(`${config.baseUrl}/`);
  const { logger, secrets } = config;

  return async function send(request, options) {
    const method = request.method.toUpperCase();
    const { url } = request;
    const call: Call = { method, url, baseUrl };
    applyDefaultHeaders(request.headers, method, config.headers);
    // A Request body is a one-shot stream: read once so every attempt can send it again.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    // The first attempt sends `request` itself when nothing of it was used up and redirects stay ours to follow.
    let reuse = body === undefined && request.redirect === 'manual';
    // `client.api` calls made directly carry their caller's signal in the request.
    const callerSignal = options?.signal ?? request.signal;
    const maxRetries = Math.max(0, options?.maxRetries ?? config.maxRetries);
    const timeoutMs = options?.timeoutMs ?? config.timeoutMs;
    const debug = logger.enabled('debug');

    for (let attempt = 1; ; attempt++) {
      // Durations only appear in debug lines.
      const started = debug ? Date.now() : 0;
      const sent = reuse ? request : new Request(url, { method, headers: request.headers, body, redirect: 'manual' });
      reuse = false;
      const controller = new AbortController();
      // One of the two: what the server answered, or why no answer came.
      let response: Response | undefined;
      let error: ConnectionError | undefined;
      try {
        response = await withinDeadline(
          (signal) => fetchSameOrigin(config.fetch, sent, signal, body),
          controller,
          timeoutMs,
          callerSignal,
        );
        (response as { [CONTEXT]?: Call })[CONTEXT] = call;
      } catch (cause) {
        // The caller gave up: no retry, and their reason (usually an AbortError) is what they expect to catch.
        if (callerSignal?.aborted) throw callerSignal.reason;
        error = attemptError(call, cause, controller.signal.aborted, timeoutMs, secrets);
      }
      if (debug) logAttempt(logger, call, attempt, started, response, error);
      if (response?.ok || attempt > maxRetries || !isIdempotentRequest(method, request.headers)) {
        if (error) throw error;
        return response!;
      }
      const delayMs = response ? await retryDelayMs(logger, call, response, attempt) : backoffDelayMs(attempt - 1);
      if (delayMs === undefined) return response!;
      const reason = error ? error.name : String(response!.status);
      const path = pathOf(call);
      logger.log(
        'info',
        `Retrying ${method} ${path} in ${delayMs} ms (attempt ${attempt + 1} of ${maxRetries + 1}) after ${reason}`,
        { method, path, attempt, delayMs, reason, requestId: response?.headers.get('x-request-id') ?? undefined },
      );
      await sleep(delayMs, callerSignal);
    }
  };
}

/**
 * What a failed attempt becomes. A fetch or proxy error may quote the request (its Authorization header): nothing of
 * it leaves unredacted.
 */
function attemptError(
  call: Call,
  cause: unknown,
  timedOut: boolean,
  timeoutMs: number,
  secrets: readonly string[],
): ConnectionError {
  const { method } = call;
  const path = pathOf(call);
  const init = { method, url: call.url, path, cause: redactError(cause, secrets) };
  return timedOut
    ? new TimeoutError(`Request timed out after ${timeoutMs} ms [${method} ${path}]`, init)
    : new ConnectionError(
        redactSecrets(`Connection error: ${describeCause(cause)} [${method} ${path}]`, secrets),
        init,
      );
}

/** One debug line per attempt: its answer or failure, its duration and the server's request id. */
function logAttempt(
  logger: SdkLogger,
  call: Call,
  attempt: number,
  started: number,
  response: Response | undefined,
  error: ConnectionError | undefined,
): void {
  const { method } = call;
  const path = pathOf(call);
  const status = response?.status;
  const headers = response?.headers;
  logger.log('debug', `${method} ${path} ${error ? `failed: ${error.name}` : status}`, {
    method,
    path,
    status,
    error: error?.name,
    durationMs: Date.now() - started,
    attempt,
    requestId: headers?.get('x-request-id') ?? undefined,
    // The server answered a retried POST from its idempotency cache: the operation ran once.
    replayed: headers?.get('idempotent-replayed') === 'true' || undefined,
  });
}

/**
 * How long to wait before retrying an error response, or `undefined` when it must not be retried: the server's
 * override header, then the status (a 409's `error_code` decides), then its `Retry-After` within
 * {@link MAX_RETRY_AFTER_MS}, else the backoff.
 */
async function retryDelayMs(
  logger: SdkLogger,
  call: Call,
  response: Response,
  attempt: number,
): Promise<number | undefined> {
  const { headers, status } = response;
  const retryable =
    shouldRetryOverride(headers) ?? isRetryableStatus(status, await errorCodeOf(response, status === 409));
  if (!retryable) return undefined;
  const delayMs = parseRetryAfterMs(headers);
  if (delayMs === undefined) return backoffDelayMs(attempt - 1);
  if (delayMs > MAX_RETRY_AFTER_MS) {
    const { method } = call;
    const path = pathOf(call);
    const seconds = Math.ceil(delayMs / 1000);
    logger.log('warn', `${method} ${path} ${status}: server asks to retry after ${seconds} s; not retrying`, {
      method,
      path,
      status,
      requestId: headers.get('x-request-id') ?? undefined,
      retryAfterMs: delayMs,
    });
    return undefined;
  }
  return delayMs;
}

/**
 * The request's path relative to the endpoint (`/auth/tokens`), or its full path when it lies elsewhere. `baseUrl`
 * ends with a slash, and both URLs are serialised by the URL parser, so a prefix test is enough.
 */
export function relativePath(url: string, baseUrl: URL): string {
  return url.startsWith(baseUrl.href)
    ? `/${url.slice(baseUrl.href.length).split(/[?#]/, 1)[0]}`
    : new URL(url).pathname;
}

/** Reads `error_code` from a buffered error body without consuming it; only when the decision needs it. */
async function errorCodeOf(response: Response, needed: boolean): Promise<string | undefined> {
  if (!needed) return undefined;
  try {
    // A buffered response: reading it does not use it up.
    const body = (await response.json()) as { error_code?: unknown };
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
