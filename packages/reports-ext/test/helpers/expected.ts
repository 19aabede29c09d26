import type { TokenRecord } from '@connect-tokens/mock-server';
import { NOW } from './emulator';

const DAY = 86_400_000;

/** A token's status as the spec defines it (inactive wins; expiring is the last 14 days), computed from the store. */
export function statusOf(token: TokenRecord, now: Date = NOW): string {
  if (!token.active) return 'inactive';
  if (token.expiration_date === null) return 'active';
  const left = Date.parse(token.expiration_date) - now.getTime();
  if (left <= 0) return 'expired';
  return left <= 14 * DAY ? 'expiring' : 'active';
}

/** ISO-8601 without milliseconds, as the text renderers write instants. */
export function iso(value: string | null): string {
  return value === null ? '' : new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
