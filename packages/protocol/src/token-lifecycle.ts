/**
 * The token lifecycle both sides agree on. `expiring` and `expired` are not stored: they follow from the clock and
 * `expiration_date`, so no background job is needed and a token can never be "late" to expire.
 */

/** Statuses a live token shows. (Connect's enum also has pending, deleted and revitalised; we never return them.) */
export type TokenStatus = 'active' | 'inactive' | 'expiring' | 'expired';

/** Lifecycle actions that change a token's status or secret. */
export type TokenAction = 'activate' | 'deactivate' | 'renew' | 'rotate';

/** A token is `expiring` this long before its `expiration_date`. */
export const EXPIRING_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

/** Which statuses each action may start from; anything else is `TKN_001`. */
export const ALLOWED_TRANSITIONS: Readonly<Record<TokenAction, readonly TokenStatus[]>> = {
  activate: ['inactive'],
  deactivate: ['active', 'expiring'],
  renew: ['active', 'expiring', 'expired'],
  rotate: ['active', 'expiring', 'inactive'],
};

/**
 * The status a token shows at `now`: `inactive` wins over time (a deactivated token stays inactive), otherwise the
 * expiration date decides between `expired`, `expiring` and `active`.
 */
export function effectiveStatus(token: { active: boolean; expiration_date: string | null }, now: number): TokenStatus {
  if (!token.active) return 'inactive';
  if (token.expiration_date === null) return 'active';
  const expires = Date.parse(token.expiration_date);
  if (now >= expires) return 'expired';
  if (now >= expires - EXPIRING_WINDOW_MS) return 'expiring';
  return 'active';
}

/** True when `action` is allowed for a token in `status`. */
export function canTransition(status: TokenStatus, action: TokenAction): boolean {
  return ALLOWED_TRANSITIONS[action].includes(status);
}
