import { redactSecrets } from '@connect-tokens/protocol';
import { parseRetryAfterMs } from '../internal/retry-policy';

/** Node's `util.inspect` hook, shared by everything that controls how it prints (nothing secret may show). */
export const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** Where a failed request went; attached to every error so a log line is enough to find it on the server. */
export interface RequestContext {
  /** HTTP method, upper case. */
  method: string;
  /** Full URL of the request (no credentials ever appear in it). */
  url: string;
  /** Path relative to the endpoint, e.g. `/auth/tokens/SU-123-456-789`: what the error message shows. */
  path: string;
}

/** What an error knows about the request and, when there was one, the response. */
export interface ConnectErrorInit extends Partial<RequestContext> {
  status?: number | undefined;
  errorCode?: string | undefined;
  errors?: readonly string[] | undefined;
  requestId?: string | undefined;
  headers?: Record<string, string> | undefined;
  rawBody?: string | undefined;
  cause?: unknown;
}

/**
 * Base class of every error the SDK throws for a request: HTTP errors (with `status`), connection failures and
 * timeouts (without). Catch this to handle "the API call failed" in one place; catch a subclass to handle one case.
 *
 * The message reads `403 AUTH_005: Token SU-… lacks module MD-0007 [GET /auth/tokens, request req_…]`.
 * Errors serialise (JSON, `util.inspect`) to their fields only; no header or body that could hold a secret is kept.
 */
export class ConnectError extends Error {
  override name = 'ConnectError';
  /** HTTP status, or `undefined` when no response arrived. */
  declare readonly status: number | undefined;
  /** The platform's `error_code` (e.g. `AUTH_005`), when the body had one. */
  declare readonly errorCode: string | undefined;
  /** The platform's human-readable messages (`errors[]` of the body). */
  declare readonly errors: readonly string[];
  /** The `X-Request-Id` response header: quote it when reporting a problem. */
  declare readonly requestId: string | undefined;
  /** HTTP method of the failed request. */
  declare readonly method: string | undefined;
  /** Full URL of the failed request. */
  declare readonly url: string | undefined;
  /** Path of the failed request relative to the endpoint. */
  declare readonly path: string | undefined;
  /** Response headers (lower-case names), when a response arrived. */
  declare readonly headers: Readonly<Record<string, string>> | undefined;
  /** The start of a non-JSON error body (e.g. a proxy's HTML page), redacted and truncated. */
  declare readonly rawBody: string | undefined;

  constructor(message: string, init: ConnectErrorInit = {}) {
    // Error reads `cause` from the init itself (only when the init has one).
    super(message, init);
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
    this.method = init.method;
    this.url = init.url;
    this.path = init.path;
    this.headers = init.headers;
    this.rawBody = init.rawBody;
  }

  /** The error's fields, for `JSON.stringify` and structured loggers. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      errorCode: this.errorCode,
      errors: this.errors,
      requestId: this.requestId,
      method: this.method,
      url: this.url,
    };
  }

  /** Node's `util.inspect`: the stack plus the safe fields (never `cause` internals or raw headers). */
  [INSPECT](_depth: number, options: unknown, inspect?: (value: unknown, options: unknown) => string): string {
    const fields = this.toJSON();
    delete fields['message'];
    delete fields['name'];
    return `${this.stack ?? `${this.name}: ${this.message}`} ${inspect ? inspect(fields, options) : JSON.stringify(fields)}`;
  }
}

/** 400: the request was invalid (`VAL_001`, `RQL_001`, `TKN_001`, `TKN_002`, …). */
export class BadRequestError extends ConnectError {
  override name = 'BadRequestError';
}
/** 401: no usable credential (unknown, deleted, inactive or expired token). */
export class AuthenticationError extends ConnectError {
  override name = 'AuthenticationError';
}
/** 403: the token is known but may not do this (module, IP or API rule). */
export class PermissionDeniedError extends ConnectError {
  override name = 'PermissionDeniedError';
}
/** 404: no such object or route. */
export class NotFoundError extends ConnectError {
  override name = 'NotFoundError';
}
/** 409: a conflicting change, or an `Idempotency-Key` reused with a different request (`IDEM_001`). */
export class ConflictError extends ConnectError {
  override name = 'ConflictError';
}
/** 422: the request was well-formed but could not be processed. */
export class UnprocessableEntityError extends ConnectError {
  override name = 'UnprocessableEntityError';
}
/** 429: rate limited (`AUTH_008`) or temporarily banned (`AUTH_009`). */
export class RateLimitError extends ConnectError {
  override name = 'RateLimitError';
  /** Seconds to wait before trying again, from `Retry-After` / `retry-after-ms`, when the server said. */
  declare readonly retryAfter: number | undefined;
  constructor(message: string, init: ConnectErrorInit & { retryAfter?: number | undefined } = {}) {
    super(message, init);
    this.retryAfter = init.retryAfter;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfter: this.retryAfter };
  }
}
/** 5xx: the server failed. Retried automatically before you see it. */
export class InternalServerError extends ConnectError {
  override name = 'InternalServerError';
}
/** No response: DNS, TCP, TLS or a reset connection. Retried automatically before you see it. */
export class ConnectionError extends ConnectError {
  override name = 'ConnectionError';
}
/** No response within `timeoutMs` (per attempt). Retried automatically before you see it. */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';
}

const RAW_BODY_LIMIT = 500;

/**
 * Builds the error for an HTTP error response: picks the class by status and reads Connect's `{error_code, errors}`
 * body. A body that is not that shape (an HTML page from a proxy, plain text, nothing) still gives a readable error.
 *
 * `body` is what openapi-fetch resolved as `error`: the parsed JSON, or the text when it was not JSON (openapi-fetch
 * tries `JSON.parse` whatever the content type), `undefined` when empty. `secrets` are masked in anything copied
 * from it.
 */
export function errorFromResponse(
  response: Response,
  body: unknown,
  { method, url, path }: RequestContext,
  secrets: readonly string[],
): ConnectError {
  const { status } = response;
  // A server (or a proxy) may echo the request's credentials in any header: nothing copied leaves unredacted.
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = redactSecrets(value, secrets);
  });
  const requestId: string | undefined = headers['x-request-id'];

  let errorCode: string | undefined;
  let errors: string[] = [];
  let rawBody: string | undefined;
  if (typeof body === 'string') {
    rawBody = body.trim() === '' ? undefined : redactSecrets(body.slice(0, RAW_BODY_LIMIT), secrets);
  } else if (body !== null && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    if (typeof record['error_code'] === 'string') errorCode = redactSecrets(record['error_code'], secrets);
    if (Array.isArray(record['errors'])) errors = record['errors'].filter((e): e is string => typeof e === 'string');
    else if (typeof record['errors'] === 'string') errors = [record['errors']];
  }
  errors = errors.map((e) => redactSecrets(e, secrets));

  const detail =
    errors.length > 0
      ? errors.join('; ')
      : (redirectNotFollowed(response, headers['location']) ??
        describeRawBody(rawBody, headers['content-type']) ??
        redactSecrets(response.statusText, secrets));
  const head = errorCode ? `${status} ${errorCode}` : `${status}`;
  const where = `[${method} ${path}${requestId ? `, request ${requestId}` : ''}]`;
  const message = `${head}${detail ? `: ${detail}` : ''} ${where}`;

  const init: ConnectErrorInit = { status, errorCode, errors, requestId, method, url, path, headers, rawBody };
  if (status === 429) {
    const retryAfterMs = parseRetryAfterMs(response.headers);
    return new RateLimitError(message, {
      ...init,
      retryAfter: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
    });
  }
  const ErrorClass = ERROR_BY_STATUS[status] ?? (status >= 500 ? InternalServerError : ConnectError);
  return new ErrorClass(message, init);
}

/** Why a redirect became an error: the SDK follows redirects within the request's origin only. */
function redirectNotFollowed(response: Response, location: string | undefined): string | undefined {
  if (
    response.type === 'opaqueredirect' ||
    (response.status >= 300 && response.status < 400 && location !== undefined)
  ) {
    return `redirect${location ? ` to ${location}` : ''} not followed (same-origin redirects only)`;
  }
  return undefined;
}

/** The error class of each status with a class of its own (429 and 5xx aside). */
const ERROR_BY_STATUS: Record<number, typeof ConnectError | undefined> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
};

/** A one-line summary of a non-JSON body: plain text as is (shortened), HTML and others only by their type. */
function describeRawBody(rawBody: string | undefined, type = ''): string | undefined {
  if (rawBody === undefined) return undefined;
  if (/html|xml/i.test(type) || /^\s*</.test(rawBody)) return `non-JSON response (${type || 'markup'})`;
  const line = rawBody.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}
