/**
 * CORS for the platform's API, so a browser app on any origin (the web console, a Vite dev server) can call an
 * emulator the user typed in. Part of the MSW handlers rather than the HTTP adapter, so in-process and over-HTTP
 * behave the same. Runtime-neutral (no Node imports).
 *
 * Credentials travel in `Authorization` / `X-Endpoint-Token`, never in cookies, so `Access-Control-Allow-Origin: *`
 * is enough and no `Vary: Origin` is needed. A preflight is answered before routing and authentication: the browser
 * sends it without the `Authorization` header, and the real request that follows gets the ordinary 401/404/405.
 */

import { setResponseHeader } from './string-body-response';

/** Methods the spec uses. */
export const CORS_ALLOWED_METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'DELETE'];

/**
 * Request headers a browser may send: what the SDK sets (`User-Agent` is settable in some browsers) and the endpoint
 * token header of the endpoint data API.
 */
export const CORS_ALLOWED_HEADERS: readonly string[] = [
  'Authorization',
  'Content-Type',
  'Accept',
  'Idempotency-Key',
  'X-Request-Id',
  'X-Endpoint-Token',
  'User-Agent',
];

/**
 * Response headers a browser script may read: pagination, request id, retry hints, idempotent replays, and what a
 * lenient request ignored.
 */
export const CORS_EXPOSED_HEADERS: readonly string[] = [
  'Content-Range',
  'X-Request-Id',
  'Retry-After',
  'Retry-After-Ms',
  'X-Should-Retry',
  'Idempotent-Replayed',
  'Allow',
  'X-Connect-Ignored-Fields',
  'X-Connect-Ignored-Filters',
];

/** How long a browser may cache a preflight answer, in seconds. */
export const CORS_MAX_AGE_S = 600;

/** The headers every CORS-enabled response carries. */
export const CORS_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': CORS_EXPOSED_HEADERS.join(', '),
};

const CORS_RESPONSE_ENTRIES = Object.entries(CORS_RESPONSE_HEADERS);

/** The headers of a preflight answer. */
export const CORS_PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': CORS_ALLOWED_METHODS.join(', '),
  'access-control-allow-headers': CORS_ALLOWED_HEADERS.join(', '),
  'access-control-max-age': String(CORS_MAX_AGE_S),
};

/**
 * True for a browser's preflight: `OPTIONS` with `Access-Control-Request-Method`. A plain `OPTIONS` is an ordinary
 * request (the API answers it 405 `GEN_405` with `Allow`).
 */
export function isCorsPreflight(method: string, headers: { get(name: string): string | null }): boolean {
  return method.toUpperCase() === 'OPTIONS' && headers.get('access-control-request-method') !== null;
}

/** 204 with the allowed methods and headers. */
export function corsPreflightResponse(): Response {
  return new Response(null, { status: 204, headers: CORS_PREFLIGHT_HEADERS });
}

/**
 * Adds the CORS headers to a response (in place when its headers are mutable). A connection-drop response
 * (status 0) is returned as is.
 */
export function withCorsHeaders(response: Response): Response {
  if (response.status === 0) return response;
  try {
    for (const [name, value] of CORS_RESPONSE_ENTRIES) setResponseHeader(response, name, value);
    return response;
  } catch {
    // Immutable headers (a cloned or fetched Response): copy it.
    const copy = new Response(response.body, response);
    for (const [name, value] of Object.entries(CORS_RESPONSE_HEADERS)) copy.headers.set(name, value);
    return copy;
  }
}
