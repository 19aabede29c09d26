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
import { timeoutReason } from './signals';
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

/**
 * A response whose body was read within the attempt's timeout, readable again and again from those bytes (openapi-fetch
 * reads it once, the caller may read `response` again, the retry rules may peek at an error body).
 */
class BufferedResponse extends Response {
  readonly #bytes: Uint8Array;
  #stream: ReadableStream<Uint8Array<ArrayBuffer>> | null | undefined;

  constructor(raw: Response, bytes: Uint8Array) {
    super(null, raw);
    this.#bytes = bytes;
  }

  static {
    // The rarely used ways of reading a body answer from a new Response of the bytes.
    for (const name of ['arrayBuffer', 'blob', 'bytes', 'formData', 'clone'] as const) {
      (BufferedResponse.prototype as unknown as Record<string, unknown>)[name] = function (this: BufferedResponse) {
        return this.#fresh()[name]();
      };
    }
  }

  #fresh(): Response {
    return new Response(this.#bytes as BodyInit, this);
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return (this.#stream ??= this.#fresh().body);
  }

  // What openapi-fetch reads, straight from the bytes: a new Response would read them through a stream.
  override async text(): Promise<string> {
    return new TextDecoder().decode(this.#bytes);
  }

  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

/**
 * The resilience layer, given to openapi-fetch as its `fetch`: once per logical call it completes the request's headers
 * (auth, idempotency key: {@link applyDefaultHeaders}), then runs each attempt with its own timeout, reads the body inside that timeout (a
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
    applyDefaultHeaders(request.headers, method, config.headers);
    // A Request body is a one-shot stream: read once so every attempt can send it again.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    // The first attempt sends `request` itself when nothing of it was used up and redirects stay ours to follow.
    let reuse = body === undefined && request.redirect === 'manual';
    // `client.api` calls made directly carry their caller's signal in the request.
    const callerSignal = call?.signal ?? request.signal;
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
          : new ConnectionError(
              redactSecrets(`Connection error: ${describeCause(cause)} [${method} ${path}]`, secrets),
              init,
            );
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
        const retryable =
          shouldRetryOverride(headers) ?? isRetryableStatus(status!, await errorCodeOf(response!, status === 409));
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
      logger.log(
        'info',
        `Retrying ${method} ${path} in ${delayMs} ms (attempt ${attempt + 1} of ${maxRetries + 1}) after ${reason}`,
        {
          method,
          path,
          attempt,
          delayMs,
          reason,
          requestId,
        },
      );
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
async function fetchSameOrigin(
  fetch: SdkFetch,
  request: Request,
  signal: AbortSignal,
  body: BodyInit | undefined,
): Promise<Response> {
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
    request = new Request(target, {
      method: toGet ? 'GET' : request.method,
      headers: request.headers,
      body: toGet ? undefined : body,
      redirect: 'manual',
    });
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
  if (chunks.length === 1) return new BufferedResponse(response, chunks[0]!);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new BufferedResponse(response, bytes);
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
