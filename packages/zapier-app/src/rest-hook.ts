import { randomBytes } from 'node:crypto';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { NotFoundError, type Schema } from '@connect-tokens/sdk';
import { withConnect } from './connect-client';

/**
 * What `performSubscribe` returns and Zapier hands back as `bundle.subscribeData`: the webhook, plus the signing
 * secret (the API never returns it) so `perform` can check deliveries.
 */
export type HookSubscription = Schema<'Webhook'> & { jwt_secret: string };

type EventType = NonNullable<Schema<'WebhookCreate'>['events']>[number];
type ObjectClass = Schema<'WebhookCreate'>['object_class'];

/** Connect caps webhook labels at 100 characters. */
const MAX_LABEL = 100;

/**
 * `[Zap-123] New Token`, as CloudBlue's own Zapier app names its webhooks, so a portal listing several Zaps'
 * webhooks says which is whose. Zapier passes the Zap id as `bundle.meta.zap.id` when it subscribes.
 */
export function webhookLabel(bundle: Bundle, label: string): string {
  const zapId = bundle.meta?.zap?.id;
  const prefix = zapId === undefined || zapId === null || String(zapId) === '' ? '[Zapier]' : `[Zap-${String(zapId)}]`;
  return `${prefix} ${label}`.slice(0, MAX_LABEL);
}

/**
 * `performSubscribe`/`performUnsubscribe` for a trigger fed by Connect's notification webhooks: one webhook per Zap
 * (object class `token` unless told otherwise, e.g. `endpoint_record`), limited to the trigger's event types,
 * posting to Zapier's `targetUrl`.
 */
export function restHook(label: string, events: readonly EventType[], objectClass: ObjectClass = 'token') {
  const performSubscribe = (z: ZObject, bundle: Bundle): Promise<HookSubscription> =>
    withConnect(z, bundle, async (client) => {
      if (!bundle.targetUrl) {
        throw new z.errors.Error('Zapier did not provide a target URL to subscribe.', 'NO_TARGET_URL', 400);
      }
      const jwtSecret = randomBytes(32).toString('hex');
      const webhook = await client.webhooks.create({
        object_class: objectClass,
        label: webhookLabel(bundle, label),
        description: 'Created by the Zapier integration for one Zap; Zapier deletes it when the Zap is turned off.',
        external_url: bundle.targetUrl,
        http_method: 'POST',
        jwt_secret: jwtSecret,
        active: true,
        events: [...events],
      });
      return { ...webhook, jwt_secret: jwtSecret };
    });

  const performUnsubscribe = (z: ZObject, bundle: Bundle): Promise<{ id: string; deleted: boolean }> =>
    withConnect(z, bundle, async (client) => {
      const id = bundle.subscribeData?.id;
      if (!id) return { id: '', deleted: false };
      try {
        await client.webhooks.delete(id);
      } catch (error) {
        // Already gone (deleted in the portal, say): the Zap can still be turned off.
        if (error instanceof NotFoundError) return { id, deleted: false };
        throw error;
      }
      return { id, deleted: true };
    });

  return { performSubscribe, performUnsubscribe };
}
