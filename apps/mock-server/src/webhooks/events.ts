/**
 * Which platform events become which webhook deliveries.
 *
 * The source of events is the audit log (`AuditLog.onAppend`): every lifecycle change the core (or a plug-in) records
 * becomes a delivery, without the handlers knowing about webhooks. Audit types are delivered under their own name
 * (`token.created`, `token.access_denied`, `endpoint.updated`, `endpoint_token.regenerated`, …), as the spec's
 * `receiveWebhookDelivery` says. Two event types do not come from the audit log:
 *
 * - `endpoint_record.created`, emitted by the endpoint data path for every accepted call;
 * - `token.expiring`, emitted once per token when it is first seen inside the expiring window (see `delivery.ts`).
 *   The spec has no such audit type yet, so it is delivered only to webhooks without an `events` filter.
 */
import type { WebhookRecord } from '../store/webhook-store';

/** `token.expiring`: not (yet) a value of the spec's `AuditEventType`/`WebhookEventType`. */
export const TOKEN_EXPIRING = 'token.expiring';
export const ENDPOINT_RECORD_CREATED = 'endpoint_record.created';
export const WEBHOOK_TEST = 'webhook.test';

/** The object class whose webhooks receive an event type, or `undefined` when no webhook receives it. */
export function objectClassOf(eventType: string): string | undefined {
  if (eventType === ENDPOINT_RECORD_CREATED) return 'endpoint_record';
  if (eventType.startsWith('token.') || eventType.startsWith('endpoint.') || eventType.startsWith('endpoint_token.'))
    return 'token';
  return undefined;
}

/** Whether an active webhook should receive an event of `eventType` (the trigger ignores this: it always sends). */
export function webhookWants(webhook: WebhookRecord, eventType: string): boolean {
  if (!webhook.active) return false;
  if (objectClassOf(eventType) !== webhook.object_class) return false;
  return webhook.events.length === 0 || webhook.events.includes(eventType);
}
