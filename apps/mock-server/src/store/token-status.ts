/**
 * A token's status at an instant, as `effectiveStatus` of `@connect-tokens/protocol` defines it, without parsing
 * `expiration_date` every time: the `token.expiring` scan and the list index derive statuses of many tokens, and
 * `Date.parse` was most of that work. The parse is memoized beside the record (records hold domain data only) and
 * redone whenever `expiration_date` holds another string, so a record changed by any code path is never read stale.
 */
import { EXPIRING_WINDOW_MS, type TokenStatus } from '@connect-tokens/protocol';
import type { TokenRecord } from './types';

/** `Date.parse` of the `expiration_date` text it was parsed from, per record. */
const parsedExpiry = new WeakMap<TokenRecord, { from: string; ms: number }>();

/** Milliseconds since the epoch of the token's `expiration_date` (`NaN` if it does not parse), or `null` for none. */
export function expiryTime(token: TokenRecord): number | null {
  const text = token.expiration_date;
  if (text === null) return null;
  let memo = parsedExpiry.get(token);
  if (memo?.from !== text) {
    memo = { from: text, ms: Date.parse(text) };
    parsedExpiry.set(token, memo);
  }
  return memo.ms;
}

/** The statuses by {@link tokenStatusCode}: a list keeps one code per token in a byte array. */
export const STATUS_BY_CODE: readonly TokenStatus[] = ['active', 'inactive', 'expiring', 'expired'];
export const ACTIVE = 0;
export const INACTIVE = 1;
export const EXPIRING = 2;
export const EXPIRED = 3;

/** {@link tokenStatus} as its index in {@link STATUS_BY_CODE}. */
export function tokenStatusCode(token: TokenRecord, now: number): number {
  if (!token.active) return INACTIVE;
  const expires = expiryTime(token);
  if (expires === null) return ACTIVE;
  if (now >= expires) return EXPIRED;
  if (now >= expires - EXPIRING_WINDOW_MS) return EXPIRING;
  return ACTIVE;
}

/** `effectiveStatus(token, now)`: `inactive` wins over time, then `expired`, `expiring` (14 days) or `active`. */
export function tokenStatus(token: TokenRecord, now: number): TokenStatus {
  return STATUS_BY_CODE[tokenStatusCode(token, now)] as TokenStatus;
}
