/**
 * A token's status at an instant, as `effectiveStatus` of `@connect-tokens/protocol` defines it, without parsing
 * `expiration_date` every time: lists, filters and the `token.expiring` scan derive the status of every token of the
 * store, and `Date.parse` was most of that work. The parse is memoized on the record and redone whenever
 * `expiration_date` holds another string, so a record changed by any code path is never read stale.
 */
import { EXPIRING_WINDOW_MS, type TokenStatus } from '@connect-tokens/protocol';
import type { TokenRecord } from './types';

/** Milliseconds since the epoch of the token's `expiration_date` (`NaN` if it does not parse), or `null` for none. */
export function expiryTime(token: TokenRecord): number | null {
  const text = token.expiration_date;
  if (text === null) return null;
  if (token.expiry_parsed_from !== text) {
    token.expiry_parsed_ms = Date.parse(text);
    token.expiry_parsed_from = text;
  }
  return token.expiry_parsed_ms;
}

/** `effectiveStatus(token, now)`: `inactive` wins over time, then `expired`, `expiring` (14 days) or `active`. */
export function tokenStatus(token: TokenRecord, now: number): TokenStatus {
  if (!token.active) return 'inactive';
  const expires = expiryTime(token);
  if (expires === null) return 'active';
  if (now >= expires) return 'expired';
  if (now >= expires - EXPIRING_WINDOW_MS) return 'expiring';
  return 'active';
}
