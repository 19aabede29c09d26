import type { Token } from '@connect-tokens/sdk';

/** The modules column: the module's name when there is one, otherwise the count ("3 modules", "None"). */
export function modulesLabel(token: Pick<Token, 'permissions'>): string {
  const { permissions } = token;
  if (permissions.length === 0) return 'None';
  if (permissions.length === 1) {
    const only = permissions[0]?.object;
    return only?.name ?? only?.id ?? '1 module';
  }
  return `${permissions.length} modules`;
}

/** Who created the token: a user or token name, or "Platform". */
export function createdByLabel(token: Pick<Token, 'events'>): string {
  return token.events.created.by?.name ?? 'Platform';
}

/** Whether "Enable" applies (inactive tokens) or "Disable" (active and expiring ones); expired tokens need a renew. */
export function canActivate(token: Pick<Token, 'status'>): boolean {
  return token.status === 'inactive';
}

/** See {@link canActivate}. */
export function canDeactivate(token: Pick<Token, 'status'>): boolean {
  return token.status === 'active' || token.status === 'expiring';
}

/** The statuses a list can filter by: what the platform returns (deleted tokens are never listed). */
export const LISTED_STATUSES = ['active', 'expiring', 'inactive', 'expired'] as const;
