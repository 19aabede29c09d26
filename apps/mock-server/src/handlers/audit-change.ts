import type { RequestContext } from '../http/context';
import type { TokenRecord } from '../store/types';

/**
 * Records an audit event for a change this request made. Every successful mutation goes through here, so "an audit
 * entry for every change" holds for tokens, webhooks and account settings alike; `request_id` ties the entry to the
 * request that caused it.
 */
export function auditChange(
  ctx: RequestContext,
  type: string,
  token: Pick<TokenRecord, 'id' | 'name'> | null,
  details: Record<string, unknown> = {},
): void {
  ctx.runtime.store.audit.record({
    type,
    actor: ctx.actor.id === 'anonymous' ? null : { ...ctx.actor },
    token: token ? { id: token.id, name: token.name } : null,
    ip: ctx.ip,
    details: { ...details, request_id: ctx.requestId },
  });
}
