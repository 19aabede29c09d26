import type { Schema } from '@connect-tokens/protocol';
import type { RequestOptions } from '../core/request-options';
import type { ListOptions, ListQuery } from '../pagination/list-query';
import type { Paginator } from '../pagination/paginator';
import { Resource } from './resource';
import type { RqlFieldsOf } from '../rql/fields';

/** A notification webhook. */
export type Webhook = Schema<'Webhook'>;
/** Body of {@link Webhooks.create}. */
export type WebhookCreateParams = Schema<'WebhookCreate'>;
/** Body of {@link Webhooks.update}. */
export type WebhookUpdateParams = Schema<'WebhookUpdate'>;
/** The outcome of {@link Webhooks.trigger} (a failed delivery is still a result, not an error). */
export type WebhookTriggerResult = Schema<'WebhookTriggerInfo'>;
/** Fields a webhook list can filter and order on. */
export type WebhookFilterField = RqlFieldsOf<'listWebhooks'>;
/** What {@link Webhooks.list} accepts. */
export type WebhookListParams = ListQuery<WebhookFilterField>;

/** Webhooks notified of token and endpoint events (`/notifications/webhooks`, module MD-0007). */
export class Webhooks extends Resource {
  /** The account's webhooks. */
  list(params?: WebhookListParams, options?: ListOptions): Paginator<Webhook> {
    return this.paginate('/notifications/webhooks', undefined, params, options);
  }

  /** One webhook by id. */
  get(id: string, options?: RequestOptions): Promise<Webhook> {
    const { core } = this;
    return core.data(core.api.GET('/notifications/webhooks/{id}', { params: { path: { id } }, ...core.init(options) }));
  }

  /** Creates a webhook; its `jwt_secret` signs every delivery. Safe to retry (idempotency key). */
  create(params: WebhookCreateParams, options?: RequestOptions): Promise<Webhook> {
    const { core } = this;
    return core.data(core.api.POST('/notifications/webhooks', { body: params, ...core.init(options) }));
  }

  /** Changes the fields present in `params`. */
  update(id: string, params: WebhookUpdateParams, options?: RequestOptions): Promise<Webhook> {
    const { core } = this;
    return core.data(
      core.api.PUT('/notifications/webhooks/{id}', { params: { path: { id } }, body: params, ...core.init(options) }),
    );
  }

  /** Deletes a webhook. */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    const { core } = this;
    await core.data(
      core.api.DELETE('/notifications/webhooks/{id}', { params: { path: { id } }, ...core.init(options) }),
    );
  }

  /** Sends a test delivery now and reports how it went. */
  trigger(id: string, options?: RequestOptions): Promise<WebhookTriggerResult> {
    const { core } = this;
    return core.data(
      core.api.POST('/notifications/webhooks/{id}/trigger', { params: { path: { id } }, ...core.init(options) }),
    );
  }
}
