/**
 * A token's status at an instant, as `effectiveStatus` of `@connect-tokens/protocol` defines it. `expiration_date`
 * is parsed on each call, not memoized beside the record: the list index works a status out only when a token
 * changes or the clock crosses one of its instants, and a memo per token was heap every token paid for.
 */
import { EXPIRING_WINDOW_MS, type TokenStatus } from '@connect-tokens/protocol';
import type { TokenRecord } from './types';

/** Milliseconds since the epoch of the token's `expiration_date` (`NaN` if it does not parse), or `null` for none. */
export function expiryTime(token: TokenRecord): number | null {
  const text = token.expiration_date;
  return text === null ? null : Date.parse(text);
}

/** The statuses by {@link tokenStatusCode}: a list keeps one code per token in a byte array. */
export const STATUS_BY_CODE: readonly TokenStatus[] = ['active', 'inactive', 'expiring', 'expired'];
export const ACTIVE = 0;
export const INACTIVE = 1;
export const EXPIRING = 2;
export const EXPIRED = 3;

/** {@link tokenStatus} as its index in {@link STATUS_BY_CODE}. */
export function tokenStatusCode(token: TokenRecord, now: number): number {
  return statusCodeAt(token.active, token.active ? expiryTime(token) : null, now);
}

/** The status code of a token that is `active` (or not) and expires at `expires` ({@link expiryTime}), at `now`. */
export function statusCodeAt(active: boolean, expires: number | null, now: number): number {
  if (!active) return INACTIVE;
  if (expires === null) return ACTIVE;
  if (now >= expires) return EXPIRED;
  if (now >= expires - EXPIRING_WINDOW_MS) return EXPIRING;
  return ACTIVE;
}

/** `effectiveStatus(token, now)`: `inactive` wins over time, then `expired`, `expiring` (14 days) or `active`. */
export function tokenStatus(token: TokenRecord, now: number): TokenStatus {
  return STATUS_BY_CODE[tokenStatusCode(token, now)] as TokenStatus;
}
