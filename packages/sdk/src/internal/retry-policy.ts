/**
 * When and how long to wait before retrying. Pure functions, so the policy is tested without HTTP.
 *
 * - Retried statuses: 408, 409 (except `IDEM_001`, see {@link isRetryableStatus}), 429 and every 5xx; plus
 *   connection errors and timeouts.
 * - Only idempotent requests are retried: GET, HEAD, OPTIONS, PUT, DELETE, and POST *with* an `Idempotency-Key`
 *   (the SDK gives every POST one, reused on each attempt, so the server runs it once).
 * - Backoff: `min(0.5 · 2ⁿ, 8)` seconds for the n-th retry, minus up to 25 % jitter so that clients that failed
 *   together do not retry together.
 * - A server's `retry-after-ms` or `Retry-After` (seconds or HTTP date) wins when it is between 0 and 60 s; a longer
 *   wait is not slept through silently: the error is thrown, carrying `retryAfter`, and the caller decides.
 * - A server may force the decision with `x-should-retry: true|false`.
 */

/** Longest wait the SDK honours from `Retry-After` before giving the decision back to the caller. */
export const MAX_RETRY_AFTER_MS = 60_000;
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * True when `method` (upper case, as the transport has it) may be sent twice: safe methods, PUT/DELETE, and POSTs
 * that carry an `Idempotency-Key`.
 */
export function isIdempotentRequest(method: string, headers: Headers): boolean {
  return IDEMPOTENT_METHODS.has(method) || headers.has('idempotency-key');
}

/**
 * True for statuses worth another attempt. A 409 is usually a concurrent change (or, with idempotency keys, "the
 * first attempt is still in flight") and clears up; but `IDEM_001` says the key was reused for a *different* request,
 * a bug in the caller that no retry can fix, so it is not retried.
 */
export function isRetryableStatus(status: number, errorCode?: string): boolean {
  if (status === 409) return errorCode !== 'IDEM_001';
  return status === 408 || status === 429 || status >= 500;
}

/** Backoff before retry number `retry` (0-based), in ms. `random` is injectable for tests. */
export function backoffDelayMs(retry: number, random: () => number = Math.random): number {
  const base = Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_DELAY_MS);
  return Math.round(base * (1 - random() * 0.25));
}

/**
 * The wait the server asked for, in ms: `retry-after-ms` first (a float of milliseconds), then `Retry-After` as
 * seconds or as an HTTP date. `undefined` when absent or unreadable. Never negative.
 */
export function parseRetryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms?.trim()) {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const header = headers.get('retry-after');
  if (!header?.trim()) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(header)) return Number(header) * 1000;
  const date = Date.parse(header);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** The server's `x-should-retry` override: `true`, `false`, or `undefined` when it has no opinion. */
export function shouldRetryOverride(headers: Headers): boolean | undefined {
  const value = headers.get('x-should-retry');
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}
