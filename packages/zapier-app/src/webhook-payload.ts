import type { Bundle } from 'zapier-platform-core';
import type { AuditEvent, EndpointRecord } from './types';
import { checkSignature } from './webhook-signature';

/**
 * One webhook delivery, as the platform `POST`s it to Zapier's target URL (the spec's `WebhookDelivery`):
 * `{ id: 'WD-…', type: 'token.created', at, data: AuditEvent }`. `token` webhooks always carry an audit event.
 */
export interface Delivery {
  /** The delivery's id (`WD-…`): a retried delivery keeps it. */
  id: string;
  type: string;
  at: string;
  /** The audit event the delivery reports; its `id` is the same one the audit trail (and so polling) shows. */
  event: AuditEvent;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readDelivery(raw: unknown): Delivery | undefined {
  if (!isRecord(raw) || typeof raw['type'] !== 'string' || !isRecord(raw['data'])) return undefined;
  const data = raw['data'];
  if (typeof data['id'] !== 'string' || typeof data['type'] !== 'string') return undefined;
  return {
    id: typeof raw['id'] === 'string' ? raw['id'] : data['id'],
    type: raw['type'],
    at: typeof raw['at'] === 'string' ? raw['at'] : String(data['at'] ?? ''),
    event: data as unknown as AuditEvent,
  };
}

/**
 * The deliveries in `bundle.cleanedRequest` (one object, or an array should a relay batch them). Anything that is
 * not a delivery of an audit event (a `webhook.test` ping, a stray request to the hook URL), or whose signature
 * fails the check (`webhook-signature.ts`), yields nothing, so it cannot fire a Zap.
 */
export function deliveries(bundle: Bundle, types: readonly string[]): Delivery[] {
  if (checkSignature(bundle) === 'invalid') return [];
  const body: unknown = bundle.cleanedRequest;
  const candidates = Array.isArray(body) ? body : [body];
  return candidates.flatMap((raw) => readDelivery(raw) ?? []).filter((delivery) => types.includes(delivery.type));
}

/**
 * The endpoint records in `bundle.cleanedRequest`: `endpoint_record` webhooks deliver
 * `{ id: 'WD-…', type: 'endpoint_record.created', at, data: EndpointRecord }`, one per accepted call of a data path.
 * Pings, other types and deliveries failing the signature check yield nothing.
 */
export function recordDeliveries(bundle: Bundle): EndpointRecord[] {
  if (checkSignature(bundle) === 'invalid') return [];
  const body: unknown = bundle.cleanedRequest;
  const candidates = Array.isArray(body) ? body : [body];
  return candidates.flatMap((raw) => {
    if (!isRecord(raw) || raw['type'] !== 'endpoint_record.created' || !isRecord(raw['data'])) return [];
    const data = raw['data'];
    if (typeof data['id'] !== 'string' || !isRecord(data['endpoint'])) return [];
    return [data as unknown as EndpointRecord];
  });
}
