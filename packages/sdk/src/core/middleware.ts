import type { Middleware } from 'openapi-fetch';
import { newIdempotencyKey } from './idempotency';

/** What the SDK's own openapi-fetch middleware needs from the client. */
export interface SdkMiddlewareConfig {
  /** The `Authorization` header value. */
  authorization: string;
  /** Full `User-Agent` value. */
  userAgent: string;
  /** Extra headers for every request (the caller's `headers` option). */
  headers: Record<string, string>;
}

/**
 * Runs once per logical call, before the transport's retry loop, so whatever it sets is the same on every attempt:
 *
 * - `Authorization`, unless the call set its own (to act as another token for one request);
 * - `Idempotency-Key` on every POST that lacks one: the server runs a POST once per key, which is what makes a
 *   retried create/renew/rotate safe (one token, not two);
 * - `User-Agent`, `Accept` and the client's extra headers.
 */
export function sdkMiddleware(config: SdkMiddlewareConfig): Middleware {
  return {
    onRequest({ request }) {
      const headers = request.headers;
      for (const [name, value] of Object.entries(config.headers)) if (!headers.has(name)) headers.set(name, value);
      if (!headers.has('authorization')) headers.set('Authorization', config.authorization);
      if (!headers.has('accept')) headers.set('Accept', 'application/json');
      // Browsers refuse to set User-Agent; that is harmless, so it is best effort.
      try {
        headers.set('User-Agent', config.userAgent);
      } catch {
        /* forbidden header in this runtime */
      }
      if (request.method.toUpperCase() === 'POST' && !headers.has('idempotency-key')) {
        headers.set('Idempotency-Key', newIdempotencyKey());
      }
      return request;
    },
  };
}
