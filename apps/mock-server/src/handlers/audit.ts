/** The audit trail: per token (`/auth/tokens/{pk}/audit`) and for the whole account (`/auth/audit`). */
import type { RequestContext, RouteImplementation } from '../http/context';
import { listResponse } from '../http/list';
import { auditEventList, tokenOr404 } from './serializers';

/**
 * Newest first by default. With `ordering(at)` the events are handed to the (stable) sort oldest first, so events
 * with the same timestamp (a frozen test clock) keep the order in which they happened in either direction.
 */
function inRequestedOrder<T>(ctx: RequestContext, chronological: readonly T[]): T[] {
  const first = ctx.list?.parsed.ordering[0];
  return first !== undefined && first.direction === 'asc' ? [...chronological] : [...chronological].reverse();
}

function tokenAudit(ctx: RequestContext): Response {
  const token = tokenOr404(ctx.runtime.store, ctx.params.pk);
  return listResponse(ctx, inRequestedOrder(ctx, ctx.runtime.store.audit.forToken(token.id)), auditEventList);
}

function accountAudit(ctx: RequestContext): Response {
  return listResponse(ctx, inRequestedOrder(ctx, ctx.runtime.store.audit.all()), auditEventList);
}

/** Routes of this file. */
export const auditRoutes: Record<string, RouteImplementation> = {
  'GET /auth/tokens/{pk}/audit': { handle: tokenAudit },
  'GET /auth/audit': { handle: accountAudit },
};
