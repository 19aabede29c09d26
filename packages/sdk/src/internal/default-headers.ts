import { newIdempotencyKey } from './idempotency';

/** The headers the SDK adds to every request of a client. */
export interface DefaultHeaders {
  /** The `Authorization` header value. */
  authorization: string;
  /** Full `User-Agent` value. */
  userAgent: string;
  /** Extra headers for every request (the caller's `headers` option). */
  headers: Record<string, string>;
}

/**
 * Completes a request's headers once per logical call, when the transport receives the request (after openapi-fetch's
 * middleware, before the retry loop), so whatever it sets is the same on every attempt:
 *
 * - `Authorization`, unless the call set its own (to act as another token for one request);
 * - `Idempotency-Key` on every POST that lacks one: the server runs a POST once per key, which is what makes a
 *   retried create/renew/rotate safe (one token, not two);
 * - `User-Agent`, `Accept` and the client's extra headers.
 *
 * This is not an openapi-fetch middleware because a middleware costs every call more than the headers themselves
 * (an id, a frozen options object and an awaited hook). `method` is the request's, in upper case as the transport
 * has it.
 */
export function applyDefaultHeaders(headers: Headers, method: string, config: DefaultHeaders): void {
  for (const name in config.headers) if (!headers.has(name)) headers.set(name, config.headers[name]!);
  if (!headers.has('authorization')) headers.set('Authorization', config.authorization);
  if (!headers.has('accept')) headers.set('Accept', 'application/json');
  // Browsers refuse to set User-Agent; that is harmless, so it is best effort.
  try {
    headers.set('User-Agent', config.userAgent);
  } catch {
    /* forbidden header in this runtime */
  }
  if (method === 'POST' && !headers.has('idempotency-key')) headers.set('Idempotency-Key', newIdempotencyKey());
}
