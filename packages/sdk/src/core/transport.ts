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
import { timeoutReason } from './signals';
import { sleep } from './sleep';

/** Per-call overrides of the client's resilience settings. */
export interface TransportCallOptions {
  /** Per-attempt timeout in ms. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. */
  maxRetries?: number | undefined;
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
}

/**
 * The `fetch` the transport calls for each attempt: `fetch(request, init)`, where `init.signal` aborts at the
 * attempt's deadline or when the caller aborts (`globalThis.fetch` fits, as does any `(input, init)` wrapper passing
 * `init` on).
 */
export type SdkFetch = (request: Request, init: { signal: AbortSignal }) => Promise<Response>;

/** The fetch function openapi-fetch calls: one logical request in, one final response out. */
export type Transport = (request: Request, call?: TransportCallOptions) => Promise<Response>;

/**
 * Which request each final response answered; errors built later from the response need the method and URL. Kept in
 * a symbol-keyed property rather than a WeakMap: one WeakMap entry per request is a measurable GC cost.
 */
const CONTEXT = Symbol('context');

/** What a response keeps of its request; the relative path is only worked out when an error or a log line needs it. */
interface Answered {
  method: string;
  url: string;
  baseUrl: URL;
}

/** The method, URL and relative path of the request a transport response answers. */
export function requestContextOf(response: Response): RequestContext | undefined {
  const answered = (response as { [CONTEXT]?: Answered })[CONTEXT];
  return answered && { method: answered.method, url: answered.url, path: relativePath(answered.url, answered.baseUrl) };
}

/** What the client's Request class kept of a request it built: the caller's signal and the body. */
interface Prepared {
  caller: AbortSignal | undefined;
  body: unknown;
}
const PREPARED = Symbol('prepared');

/**
 * The `Request` class given to openapi-fetch. It builds the request without a signal and keeps the caller's, so the
 * first attempt sends that very request instead of copying it, then completes its headers
 * ({@link applyDefaultHeaders}). Requests built otherwise (a middleware returning its own) take the copying path.
 *
 * Each attempt's signal travels in `fetch`'s `init` instead ({@link SdkFetch}). A signal in a Request is dear in Node:
 * its constructor links the two with a WeakRef, a listener and a finalizer (a fifth of an SDK call with a stubbed
 * fetch), and `fetch` links its own copy of the request once more. Nor is it the caller's signal with a timeout joined
 * (`AbortSignal.any`): Node keeps such a signal, once a Request has put its listener on it, alive for as long as the
 * caller's signal lives and until a finalizer runs after some later GC; paging under one long-lived signal held
 * thousands of them (15 MB in a 120k-request probe). The transport forwards the caller's abort itself, with a
 * listener it removes when the attempt ends.
 */
export function timedRequestClass(defaults: DefaultHeaders): typeof Request {
  const TimedRequest = function (input: RequestInfo | URL, init: RequestInit = {}): Request {
    const caller = init.signal ?? undefined;
    // Redirects are the transport's to follow (same origin only, see `fetchSameOrigin`).
    const request = new Request(input, { ...init, signal: null, redirect: 'manual' });
    // Set on the request's own headers: set before, each default header would be checked once more when the
    // constructor copies them.
    applyDefaultHeaders(request.headers, init.method, defaults);
    (request as { [PREPARED]?: Prepared })[PREPARED] = { caller, body: init.body };
    return request;
  } as unknown as typeof Request;
  // openapi-fetch checks a middleware's result with `instanceof` its Request class.
  TimedRequest.prototype = Request.prototype;
  return TimedRequest;
}

const decoder = new TextDecoder();
const BYTES = Symbol('bytes');
const STREAM = Symbol('stream');
type Buffered = Response & { [BYTES]: Uint8Array; [STREAM]?: ReadableStream<Uint8Array> | null };

/** A new Response of the buffered bytes, for the rarely used ways of reading a body. */
function fresh(response: Buffered): Response {
  return new Response(response[BYTES] as BodyInit, { status: response.status, statusText: response.statusText, headers: response.headers });
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
    return JSON.parse(await this.text()) as unknown;
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
function replayable(raw: Response, bytes: Uint8Array): Response {
  (raw as Buffered)[BYTES] = bytes;
  return Object.defineProperty(Object.assign(raw, REPLAY), 'body', BODY);
}

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
  // The endpoint comes without a trailing slash (see resolveOptions).
  const baseUrl = new URL(`${config.baseUrl}/`);
  const { logger, secrets } = config;

  return async function send(request, call) {
    const method = request.method.toUpperCase();
    const { url } = request;
    const answered: Answered = { method, url, baseUrl };
    // Worked out only for an error or a log line.
    let path: string | undefined;
    const own = (request as { [PREPARED]?: Prepared })[PREPARED];
    // The first attempt can send `request` itself when its body (if any) can be sent again from what was kept.
    let reuse = own !== undefined && (own.body == null || typeof own.body === 'string');
    // Otherwise the body is buffered once so every attempt can send it again (a Request body is a one-shot stream).
    const body = reuse
      ? (own!.body as string | null | undefined) ?? undefined
      : request.body === null
        ? undefined
        : await request.arrayBuffer();
    // A request built elsewhere (by a middleware) carries its caller's signal itself.
    const callerSignal = own ? own.caller : request.signal;
    const maxRetries = Math.max(0, call?.maxRetries ?? config.maxRetries);
    const timeoutMs = call?.timeoutMs ?? config.timeoutMs;
    const debug = logger.enabled('debug');

    for (let attempt = 1; ; attempt++) {
      const controller = new AbortController();
      // Durations only appear in debug lines.
      const started = debug ? Date.now() : 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let stop: (() => void) | undefined;
      // One of the two: what the server answered, or why no answer came.
      let response: Response | undefined;
      let error: ConnectionError | undefined;
      try {
        const sent = reuse
          ? request
          : new Request(url, {
              method,
              headers: request.headers,
              body,
              redirect: 'manual',
            });
        reuse = false;
        // A custom fetch may ignore the signal: the deadline and the caller's abort end the attempt here all the same,
        // instead of a wait for an answer that may never come. The timer and the caller's signal settle the attempt
        // themselves, so nothing listens on the attempt's signal.
        response = await new Promise<Response>((resolve, reject) => {
          timer = setTimeout(() => {
            const reason = timeoutReason(timeoutMs);
            controller.abort(reason);
            reject(reason);
          }, timeoutMs);
          if (callerSignal) {
            // The attempt's signal follows the caller's, so a fetch that honours it stops its work too.
            stop = () => {
              controller.abort(callerSignal.reason);
              reject(callerSignal.reason);
            };
            if (callerSignal.aborted) stop();
            else callerSignal.addEventListener('abort', stop);
          }
          fetchSameOrigin(config.fetch, sent, controller.signal, body).then(resolve, reject);
        });
        (response as { [CONTEXT]?: Answered })[CONTEXT] = answered;
      } catch (cause) {
        // The caller gave up: no retry, and their reason (usually an AbortError) is what they expect to catch.
        if (callerSignal?.aborted) throw callerSignal.reason;
        path ??= relativePath(url, baseUrl);
        // A fetch or proxy error may quote the request (its Authorization header): nothing of it leaves unredacted.
        const init = { method, url, path, cause: redactError(cause, secrets) };
        error = controller.signal.aborted
          ? new TimeoutError(`Request timed out after ${timeoutMs} ms [${method} ${path}]`, init)
          : new ConnectionError(redactText(`Connection error: ${describeCause(cause)} [${method} ${path}]`, secrets), init);
      } finally {
        clearTimeout(timer);
        // The listener must go: it reaches the response, and a caller's signal may live much longer than the call.
        if (stop) callerSignal!.removeEventListener('abort', stop);
      }

      const headers = response?.headers;
      const status = response?.status;
      if (debug) {
        path ??= relativePath(url, baseUrl);
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
      if (response?.ok || attempt > maxRetries || !isIdempotentRequest(method, request.headers)) {
        if (error) throw error;
        return response!;
      }

      let delayMs: number | undefined;
      let requestId: string | undefined;
      if (headers) {
        requestId = headers.get('x-request-id') ?? undefined;
        const retryable = shouldRetryOverride(headers) ?? isRetryableStatus(status!, await errorCodeOf(response!, status === 409));
        if (!retryable) return response!;
        delayMs = parseRetryAfterMs(headers);
        if (delayMs !== undefined && delayMs > MAX_RETRY_AFTER_MS) {
          const seconds = Math.ceil(delayMs / 1000);
          path ??= relativePath(url, baseUrl);
          logger.log('warn', `${method} ${path} ${status}: server asks to retry after ${seconds} s; not retrying`, {
            method,
            path,
            status,
            requestId,
            retryAfterMs: delayMs,
          });
          return response!;
        }
      }
      delayMs ??= backoffDelayMs(attempt - 1);
      const reason = error ? error.name : String(status);
      path ??= relativePath(url, baseUrl);
      logger.log('info', `Retrying ${method} ${path} in ${delayMs} ms (attempt ${attempt + 1} of ${maxRetries + 1}) after ${reason}`, {
        method,
        path,
        attempt,
        delayMs,
        reason,
        requestId,
      });
      await sleep(delayMs, callerSignal);
    }
  };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Redirects followed within one attempt before the last one is returned as the answer. */
const MAX_REDIRECTS = 5;

/**
 * One attempt, following redirects within the request's own origin only (at most {@link MAX_REDIRECTS}). A redirect to
 * another origin is returned as the answer (and becomes an error): following it would send the `Authorization` header
 * and the body (a webhook's `jwt_secret`, a new token's name) wherever the server pointed. 307/308 keep the method and
 * body; 303, and 301/302 after a POST, continue as a GET without a body, as `fetch` does.
 */
async function fetchSameOrigin(fetch: SdkFetch, request: Request, signal: AbortSignal, body: BodyInit | undefined): Promise<Response> {
  for (let hops = 0; ; hops++) {
    const response = await fetchAndBuffer(fetch, request, signal);
    const { status } = response;
    const location = REDIRECTS.has(status) && hops < MAX_REDIRECTS && response.headers.get('location');
    let target: URL | undefined;
    try {
      // Not `URL.parse`: older browsers and edge runtimes lack it.
      if (location) target = new URL(location, request.url);
    } catch {
      // an unusable Location is the answer itself
    }
    if (target?.origin !== new URL(request.url).origin) return response;
    const toGet = (status === 303 && request.method !== 'HEAD') || (status < 303 && request.method === 'POST');
    request = new Request(target, { method: toGet ? 'GET' : request.method, headers: request.headers, body: toGet ? undefined : body, redirect: 'manual' });
    if (toGet) request.headers.delete('content-type');
  }
}

/**
 * One attempt: the response, its body read into a buffer (inside the attempt's timeout) unless it has none. Read with
 * the stream's reader rather than `arrayBuffer()`, which copies the bytes once more into a new ArrayBuffer: a body of
 * one chunk (most JSON answers) is kept as it came, and several chunks are copied once into one array of their total
 * size (a `Blob` of them would copy every byte twice: into the blob, then out of it).
 */
async function fetchAndBuffer(fetch: SdkFetch, request: Request, signal: AbortSignal): Promise<Response> {
  const response = await fetch(request, { signal });
  const { body } = response;
  // No body (204, 304, HEAD…): nothing to read.
  if (body === null) return response;
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read; !(read = await reader.read()).done; ) {
    chunks.push(read.value);
    size += read.value.byteLength;
  }
  if (chunks.length === 1) return replayable(response, chunks[0]!);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return replayable(response, bytes);
}

/**
 * The request's path relative to the endpoint (`/auth/tokens`), or its full path when it lies elsewhere. `baseUrl`
 * ends with a slash, and both URLs are serialised by the URL parser, so a prefix test is enough.
 */
export function relativePath(url: string, baseUrl: URL): string {
  return url.startsWith(baseUrl.href) ? `/${url.slice(baseUrl.href.length).split(/[?#]/, 1)[0]}` : new URL(url).pathname;
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
