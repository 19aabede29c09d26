/** `/modules/integrations/settings`: the account-wide IP ACL that applies to every token. */
import type { RequestContext, RouteImplementation } from '../http/context';
import { jsonResponse } from '../http/errors';
import type { AclEntry } from '../store/types';
import { auditChange } from './audit-change';
import { bodyObject, cidrList, FieldErrors } from './body';

/**
 * Most IP ranges the account ACL may hold, over all its entries. Every request of every token is checked against
 * it; the bound keeps that check and the settings document small (a longer list is `400 VAL_001`).
 */
export const MAX_ACL_RANGES = 1000;

function view(acl: readonly AclEntry[]) {
  return { acl: { ips: acl.map((entry) => ({ name: entry.name, ip_range: [...entry.ip_range] })) } };
}

/** Ranges over all entries, counted before any is parsed (entries that are not objects count none). */
function rangeCount(entries: readonly unknown[]): number {
  let total = 0;
  for (const entry of entries) {
    const ranges = (entry as { ip_range?: unknown } | null)?.ip_range;
    if (Array.isArray(ranges)) total += ranges.length;
  }
  return total;
}

function update(ctx: RequestContext): Response {
  const { store } = ctx.runtime;
  const body = bodyObject(ctx.body);
  const errors = new FieldErrors();
  const acl = body.acl as { ips?: unknown } | undefined;
  const ips = acl?.ips;
  const entries: AclEntry[] = [];
  const total = Array.isArray(ips) ? rangeCount(ips) : 0;
  if (!Array.isArray(ips)) {
    errors.add('acl.ips', 'must be an array');
  } else if (total > MAX_ACL_RANGES || ips.length > MAX_ACL_RANGES) {
    // Checked before any range is parsed: the size alone decides.
    errors.add(
      'acl.ips',
      `at most ${MAX_ACL_RANGES} IP ranges in total (and entries) are allowed; got ${total} ranges in ${ips.length} entries`,
    );
  } else {
    ips.forEach((raw, i) => {
      const entry = raw as { name?: unknown; ip_range?: unknown };
      if (typeof entry?.name !== 'string' || entry.name.trim() === '')
        errors.add(`acl.ips.${i}.name`, 'this field is required');
      const ranges = cidrList(errors, `acl.ips.${i}.ip_range`, entry?.ip_range ?? []);
      if (typeof entry?.name === 'string' && ranges) entries.push({ name: entry.name, ip_range: ranges });
    });
  }
  errors.throwIfAny();
  store.acl = entries;
  auditChange(ctx, 'account.settings_updated', null, { setting: 'acl', entries: entries.length });
  return jsonResponse(view(store.acl));
}

/** Routes of this file. */
export const integrationsSettingsRoutes: Record<string, RouteImplementation> = {
  'GET /modules/integrations/settings': { handle: (ctx) => jsonResponse(view(ctx.runtime.store.acl)) },
  'PUT /modules/integrations/settings': { handle: update },
};
