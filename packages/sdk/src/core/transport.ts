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
import { redactError, redactText } from './redact';
import { applyDefaultHeaders, type DefaultHeaders } from './default-headers';
import { anySignal, TimeoutReason } from './signals';
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
  /** Secrets to mask in any text copied from a foreign error (a fetch or proxy error may quote request headers). */
  secrets?: readonly string[] | undefined;
  /** Jitter source; injectable so tests can pin delays. */
  random?: () => number;
}

/** The fetch function openapi-fetch calls: one logical request in, one final response out. */
export type Transport = (request: Request, call?: TransportCallOptions) => Promise<Response>;

/**
 * Which request each final response answered; errors built later from the response need the method and URL. Kept in
 * a symbol-keyed property rather than a WeakMap: one WeakMap entry per request is a measurable GC cost.
 */
const CONTEXT = Symbol('context');

/** The method, URL and relative path of the request a transport response answers. */
export function requestContextOf(response: Response): RequestContext | undefined {
  return (response as { [CONTEXT]?: RequestContext })[CONTEXT];
}

/** What the client's Request class kept of a request it built: the timer's controller, the caller's signal, the body. */
interface Prepared {
  controller: AbortController;
  caller: AbortSignal | undefined;
  body: unknown;
}
const PREPARED = Symbol('prepared');

/**
 * The `Request` class given to openapi-fetch. It completes the headers ({@link applyDefaultHeaders}) and builds the
 * request with a signal the transport's first-attempt timeout can abort (joined with the caller's signal only when
 * there is one), so the first attempt sends that very request instead of copying it. Requests built otherwise (a
 * middleware returning its own) take the copying path.
 */
export function timedRequestClass(defaults: DefaultHeaders): typeof Request {
  const TimedRequest = function (input: RequestInfo | URL, init: RequestInit = {}): Request {
    const headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    applyDefaultHeaders(headers, init.method, defaults);
    const controller = new AbortController();
    const caller = init.signal ?? undefined;
    const signal = caller ? anySignal([caller, controller.signal])! : controller.signal;
    const request = new Request(input, { ...init, headers, signal });
    (request as { [PREPARED]?: Prepared })[PREPARED] = { controller, caller, body: init.body };
    return request;
  } as unknown as typeof Request;
  // openapi-fetch checks a middleware's result with `instanceof` its Request class.
  TimedRequest.prototype = Request.prototype;
  return TimedRequest;
}

const decoder = new TextDecoder();
const BYTES = Symbol('bytes');
const STREAM = Symbol('stream');
type Buffered = Response & { [BYTES]: ArrayBuffer; [STREAM]?: ReadableStream<Uint8Array> | null };

/** A new Response of the buffered bytes, for the rarely used ways of reading a body. */
function fresh(response: Buffered): Response {
  return new Response(response[BYTES], { status: response.status, statusText: response.statusText, headers: response.headers });
}

/**
 * Body methods answering from the buffer, shared by every buffered response (assigning shared functions and one
 * shared accessor keeps this cheap). `text()` and `json()`, what openapi-fetch uses, read the buffer directly.
 */
const REPLAY: Record<string, (this: Buffered) => unknown> = {
  async text() {
    return decoder.decode(this[BYTES]);
  },
  async json() {
    return JSON.parse(decoder.decode(this[BYTES])) as unknown;
  },
  clone() {
    return fresh(this);
  },
};
for (const name of ['arrayBuffer', 'blob', 'bytes', 'formData'] as const) {
  REPLAY[name] = function () {
    return fresh(this)[name]();
  };
}
const BODY: PropertyDescriptor = {
  get(this: Buffered) {
    return (this[STREAM] ??= fresh(this).body);
  },
};

/**
 * `raw` made readable again (and again) from `bytes`, read inside the attempt's timeout: no second Response and no
 * second copy of the body is made.
 */
function replayable(raw: Response, bytes: ArrayBuffer): Response {
  (raw as Buffered)[BYTES] = bytes;
  return Object.defineProperty(Object.assign(raw, REPLAY), 'body', BODY);
}

// Statuses whose responses have no body.
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
  const secrets = config.secrets ?? [];

  return async function send(request, call) {
    const method = request.method.toUpperCase();
    const url = request.url;
    const context: RequestContext = { method, url, path: relativePath(url, baseUrl) };
    const own = call?.signal ? undefined : (request as { [PREPARED]?: Prepared })[PREPARED];
    // The first attempt can send `request` itself when its body (if any) can be sent again from what was kept.
    let reuse = own !== undefined && (own.body == null || typeof own.body === 'string');
    // Otherwise the body is buffered once so every attempt can send it again (a Request body is a one-shot stream).
    const body = reuse
      ? (own!.body as string | null | undefined) ?? undefined
      : request.body === null
        ? undefined
        : await request.arrayBuffer();
    const callerSignal = own ? own.caller : anySignal([request.signal, call?.signal]);
    const maxRetries = Math.max(0, call?.maxRetries ?? config.maxRetries);
    const timeoutMs = call?.timeoutMs ?? config.timeoutMs;

    for (let attempt = 1; ; attempt++) {
      const retriesLeft = maxRetries - (attempt - 1);
      const controller = reuse ? own!.controller : new AbortController();
      const timer = setTimeout(() => controller.abort(new TimeoutReason(timeoutMs)), timeoutMs);
      // Durations only appear in debug lines.
      const started = logger.enabled('debug') ? Date.now() : 0;
      let response: Response;
      try {
        const sent = reuse
          ? request
          : new Request(url, {
              method,
              headers: request.headers,
              body,
              signal: anySignal([callerSignal, controller.signal])!,
              redirect: request.redirect,
            });
        reuse = false;
        // A custom fetch may ignore the signal: the deadline and the caller's abort end the attempt here all the same,
        // instead of a wait for an answer that may never come.
        response = await untilAborted(fetchAndBuffer(config.fetch, sent, method), sent.signal);
        (response as { [CONTEXT]?: RequestContext })[CONTEXT] = context;
      } catch (cause) {
        // Ended before any backoff sleep below (the `finally` only runs after it).
        clearTimeout(timer);
        // The caller gave up: no retry, and their reason (usually an AbortError) is what they expect to catch.
        if (callerSignal?.aborted) throw callerSignal.reason;
        const durationMs = Date.now() - started;
        const { path } = context;
        // A fetch or proxy error may quote the request (its Authorization header): nothing of it leaves unredacted.
        const init = { ...context, cause: redactError(cause, secrets) };
        const error = controller.signal.aborted
          ? new TimeoutError(`Request timed out after ${timeoutMs} ms [${method} ${path}]`, init)
          : new ConnectionError(redactText(`Connection error: ${describeCause(cause)} [${method} ${path}]`, secrets), init);
        logger.log('debug', `${method} ${path} failed: ${error.name}`, {
          method,
          path,
          attempt,
          durationMs,
          error: error.name,
        });
        if (retriesLeft > 0 && isIdempotentRequest(method, request.headers)) {
          await backoff(backoffDelayMs(attempt - 1, random), attempt, error.name);
          continue;
        }
        throw error;
      } finally {
        clearTimeout(timer);
      }

      if (logger.enabled('debug')) {
        logger.log('debug', `${method} ${context.path} ${response.status}`, {
          method,
          path: context.path,
          status: response.status,
          durationMs: Date.now() - started,
          attempt,
          requestId: response.headers.get('x-request-id') ?? undefined,
          // The server answered a retried POST from its idempotency cache: the operation ran once.
          replayed: response.headers.get('idempotent-replayed') === 'true' || undefined,
        });
      }
      if (response.ok || retriesLeft <= 0 || !isIdempotentRequest(method, request.headers)) return response;

      const requestId = response.headers.get('x-request-id') ?? undefined;
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

/** One attempt: the response, its body read into a buffer (inside the attempt's timeout) unless it has none. */
async function fetchAndBuffer(fetch: TransportConfig['fetch'], request: Request, method: string): Promise<Response> {
  const response = await fetch(request);
  if (NULL_BODY_STATUSES.has(response.status) || method === 'HEAD') return response;
  return replayable(response, await response.arrayBuffer());
}

/**
 * `work`, or a rejection with the signal's reason once `signal` aborts, whichever comes first. The listener is removed
 * once settled: Node keeps a dependent signal that has listeners alive as long as its sources (a paginator's signal,
 * the caller's), and with it everything the listener reaches, the response included.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  let stop!: () => void;
  const aborted = new Promise<never>((_, reject) => {
    stop = () => reject(signal.reason as Error);
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop);
  });
  return Promise.race([work, aborted]).finally(() => signal.removeEventListener('abort', stop));
}

/** The request's path relative to the endpoint (`/auth/tokens`), or its full path when it lies elsewhere. */
export function relativePath(url: string, baseUrl: URL): string {
  // Fast path without parsing: a request URL (already serialised by the URL parser) under the endpoint.
  const { href } = baseUrl;
  if (baseUrl.pathname !== '/' && url.startsWith(href)) return `/${url.slice(href.length).split(/[?#]/, 1)[0]}`;
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
    // A replayable response: reading it does not use it up.
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
