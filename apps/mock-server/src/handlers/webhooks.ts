/**
 * `/notifications/webhooks`: CRUD and the test trigger (module MD-0007). `jwt_secret` is write-only: it is stored
 * apart from the record (see `WebhookStore`) and no serializer can return it. Deliveries are in `webhooks/delivery.ts`.
 */
import type { RequestContext, RouteImplementation } from '../http/context';
import { jsonResponse, noContent } from '../http/errors';
import { listResponse } from '../http/list';
import { ACCOUNT } from '../store/seed-data';
import type { ActorRef } from '../store/types';
import { webhookStoreOf, type NewWebhook, type WebhookRecord } from '../store/webhook-store';
import { webhooksOf } from '../webhooks/delivery';
import { objectClassOf, WEBHOOK_TEST } from '../webhooks/events';
import { auditChange } from './audit-change';
import { bodyObject, FieldErrors, type Body } from './body';
import { notFound } from './serializers';

/** Object classes that do not need a product (the spec's additions). */
const PRODUCTLESS_CLASSES = new Set(['token', 'endpoint_record']);

/**
 * `type` (one of Connect's values, schema-checked) for a webhook of `objectClass`: validator types belong to Connect's
 * request classes, so the additions `token` and `endpoint_record` take `event` only.
 */
function readType(errors: FieldErrors, objectClass: string, type: string): string {
  if (type !== 'event' && PRODUCTLESS_CLASSES.has(objectClass)) {
    errors.add('type', `must be event for object_class ${objectClass} (${type} is for Connect's request classes)`);
  }
  return type;
}

function user(actor: ActorRef) {
  return { id: actor.id.slice(0, 100), name: actor.name.slice(0, 100) };
}

/** The wire form of a webhook (`Webhook`). Never contains `jwt_secret`. */
export function serializeWebhook(webhook: WebhookRecord) {
  return {
    id: webhook.id,
    type: webhook.type,
    object_class: webhook.object_class,
    label: webhook.label,
    active: webhook.active,
    external_url: webhook.external_url,
    description: webhook.description,
    http_method: webhook.http_method,
    product: webhook.product ? { ...webhook.product } : null,
    data: structuredClone(webhook.data),
    headers: { ...webhook.headers },
    created_at: webhook.created_at,
    created_by: user(webhook.created_by),
    modified_at: webhook.modified_at,
    modified_by: webhook.modified_by ? user(webhook.modified_by) : null,
    account: { id: ACCOUNT.id, name: ACCOUNT.name },
    stats: { ...webhook.stats },
    last_event: webhook.last_event,
    last_success: webhook.last_success ? structuredClone(webhook.last_success) : null,
    last_failure: webhook.last_failure ? structuredClone(webhook.last_failure) : null,
    events: [...webhook.events],
  };
}

function webhookOr404(ctx: RequestContext): WebhookRecord {
  const webhook = webhookStoreOf(ctx.runtime.store).get(ctx.params.id ?? '');
  if (!webhook) throw notFound(`Webhook ${ctx.params.id ?? ''} not found`);
  return webhook;
}

/**
 * `external_url` must be an absolute http(s) URL (the schema only says `uri`) that the platform's webhook target
 * policy allows (never the emulator itself or link-local addresses; loopback and private ones only when allowed).
 */
function readUrl(ctx: RequestContext, errors: FieldErrors, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    errors.add('external_url', 'must be an absolute URL');
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    errors.add('external_url', 'must be an http or https URL');
    return value;
  }
  const refusal = webhooksOf(ctx.runtime).refusalOf(url);
  if (refusal) errors.add('external_url', `refused as a webhook target: ${refusal}`);
  return value;
}

/** The product of `product_id`: a seeded product when it exists (for its name), else the id as its own name. */
function productOf(ctx: RequestContext, productId: string): { id: string; name: string } {
  const products = ctx.runtime.store.moduleResources.get('MD-0003') ?? [];
  const found = products.find((p) => p.id === productId);
  return { id: productId, name: (found?.name ?? productId).slice(0, 100) };
}

function readHeaders(errors: FieldErrors, value: unknown): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(value as Record<string, string>)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) errors.add(`headers.${name}`, 'must be a valid HTTP header name');
    else if (/[\r\n\0]/.test(v)) errors.add(`headers.${name}`, 'must not contain line breaks');
    else out[name] = v;
  }
  return out;
}

/** `events` (schema-checked): each must be deliverable to the object class (`webhook.test` always is). */
function readEvents(errors: FieldErrors, objectClass: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const events = [...new Set(value as string[])];
  events.forEach((type, i) => {
    if (type !== WEBHOOK_TEST && objectClassOf(type) !== objectClass) {
      errors.add(`events.${i}`, `${type} is never delivered to webhooks of object_class ${objectClass}`);
    }
  });
  return events;
}

function listWebhooks(ctx: RequestContext): Response {
  webhooksOf(ctx.runtime).scanExpiring();
  return listResponse(ctx, webhookStoreOf(ctx.runtime.store).list().map(serializeWebhook));
}

function createWebhook(ctx: RequestContext): Response {
  const body: Body = bodyObject(ctx.body);
  const errors = new FieldErrors();
  const objectClass = body.object_class as string;
  const productId = typeof body.product_id === 'string' ? body.product_id.trim() : undefined;
  if (!PRODUCTLESS_CLASSES.has(objectClass) && !productId)
    errors.add('product_id', `is required for object_class ${objectClass}`);
  if (typeof body.label === 'string' && body.label.trim() === '') errors.add('label', 'must not be empty');
  const type = readType(errors, objectClass, typeof body.type === 'string' ? body.type : 'event');
  const url = readUrl(ctx, errors, body.external_url);
  const headers = readHeaders(errors, body.headers);
  const events = readEvents(errors, objectClass, body.events);
  errors.throwIfAny();
  const input: NewWebhook = {
    type,
    object_class: objectClass,
    label: (body.label as string).trim(),
    active: body.active === true,
    external_url: url!,
    description: typeof body.description === 'string' ? body.description : null,
    product: productId ? productOf(ctx, productId) : null,
    data: (body.data as Record<string, unknown> | undefined) ?? {},
    headers: headers ?? {},
    events: events ?? [],
    created_by: { id: ctx.actor.id, name: ctx.actor.name },
  };
  const webhook = webhookStoreOf(ctx.runtime.store).insert(input, body.jwt_secret as string);
  auditChange(ctx, 'webhook.created', null, { webhook_id: webhook.id, label: webhook.label });
  return jsonResponse(serializeWebhook(webhook), 201);
}

function getWebhook(ctx: RequestContext): Response {
  webhooksOf(ctx.runtime).scanExpiring();
  return jsonResponse(serializeWebhook(webhookOr404(ctx)));
}

function updateWebhook(ctx: RequestContext): Response {
  const store = webhookStoreOf(ctx.runtime.store);
  const webhook = webhookOr404(ctx);
  const body = bodyObject(ctx.body);
  const errors = new FieldErrors();
  const objectClass = typeof body.object_class === 'string' ? body.object_class : webhook.object_class;
  const productId = typeof body.product_id === 'string' ? body.product_id.trim() : undefined;
  if (!PRODUCTLESS_CLASSES.has(objectClass) && !productId && !webhook.product) {
    errors.add('product_id', `is required for object_class ${objectClass}`);
  }
  if (typeof body.label === 'string' && body.label.trim() === '') errors.add('label', 'must not be empty');
  const type = readType(errors, objectClass, typeof body.type === 'string' ? body.type : webhook.type);
  const url = readUrl(ctx, errors, body.external_url);
  const headers = readHeaders(errors, body.headers);
  const events = readEvents(
    errors,
    objectClass,
    body.events ?? (body.object_class !== undefined ? webhook.events : undefined),
  );
  errors.throwIfAny();
  // Partial update: fields left out keep their value (an addition to Connect's full-body PUT).
  webhook.type = type;
  webhook.object_class = objectClass;
  if (typeof body.label === 'string') webhook.label = body.label.trim();
  if (typeof body.active === 'boolean') webhook.active = body.active;
  if (url !== undefined) webhook.external_url = url;
  if (body.description !== undefined)
    webhook.description = typeof body.description === 'string' ? body.description : null;
  if (productId) webhook.product = productOf(ctx, productId);
  if (body.data !== undefined) webhook.data = body.data as Record<string, unknown>;
  if (headers !== undefined) webhook.headers = headers;
  if (events !== undefined) webhook.events = events;
  if (typeof body.jwt_secret === 'string') store.setSecret(webhook.id, body.jwt_secret);
  store.touch(webhook, ctx.actor);
  auditChange(ctx, 'webhook.updated', null, { webhook_id: webhook.id, label: webhook.label });
  return jsonResponse(serializeWebhook(webhook));
}

function deleteWebhook(ctx: RequestContext): Response {
  const webhook = webhookOr404(ctx);
  webhookStoreOf(ctx.runtime.store).delete(webhook.id);
  auditChange(ctx, 'webhook.deleted', null, { webhook_id: webhook.id, label: webhook.label });
  return noContent();
}

async function triggerWebhook(ctx: RequestContext): Promise<Response> {
  const webhook = webhookOr404(ctx);
  const info = await webhooksOf(ctx.runtime).trigger(webhook);
  return jsonResponse(info);
}

/** Routes of this file. */
export const webhookRoutes: Record<string, RouteImplementation> = {
  'GET /notifications/webhooks': { handle: listWebhooks },
  'POST /notifications/webhooks': { handle: createWebhook },
  'GET /notifications/webhooks/{id}': { handle: getWebhook },
  'PUT /notifications/webhooks/{id}': { handle: updateWebhook },
  'DELETE /notifications/webhooks/{id}': { handle: deleteWebhook },
  'POST /notifications/webhooks/{id}/trigger': { handle: triggerWebhook },
};
