/**
 * Webhooks (`/notifications/webhooks`): a plug-in collection of the {@link MockStore} (`store.collection('webhooks')`),
 * so `platform.reset()` drops them with everything else. The `jwt_secret` is kept apart from the records (in a private
 * map) so that dumping or serialising a record can never leak it; it is needed in plain text to sign deliveries.
 */
import type { Clock } from '../clock';
import type { Random } from '../random';
import type { MockStore } from './mock-store';
import type { ActorRef } from './types';

/** Outcome of one delivery attempt (the spec's `WebhookTriggerInfo`). */
export interface WebhookTriggerInfo {
  time: string;
  status: 'success' | 'failure';
  status_code: number | null;
  duration: number;
  response?: Record<string, unknown>;
  errors: string | null;
}

/** Delivery counters (the spec's `WebhookStats`). */
export interface WebhookStats {
  events: number;
  triggers: number;
  success_triggers: number;
  failure_triggers: number;
  failure_since_last_success: number;
}

/** A stored webhook, without its secret. */
export interface WebhookRecord {
  id: string;
  /** One of Connect's webhook types (`WebhookType`); only `event` webhooks receive events. */
  type: string;
  object_class: string;
  label: string;
  active: boolean;
  external_url: string;
  description: string | null;
  http_method: 'POST';
  product: { id: string; name: string } | null;
  data: Record<string, unknown>;
  headers: Record<string, string>;
  events: string[];
  created_at: string;
  created_by: ActorRef;
  modified_at: string | null;
  modified_by: ActorRef | null;
  stats: WebhookStats;
  last_event: string | null;
  last_success: WebhookTriggerInfo | null;
  last_failure: WebhookTriggerInfo | null;
}

/** What a new webhook needs besides what the store fills in. */
export type NewWebhook = Omit<
  WebhookRecord,
  | 'id'
  | 'http_method'
  | 'created_at'
  | 'modified_at'
  | 'modified_by'
  | 'stats'
  | 'last_event'
  | 'last_success'
  | 'last_failure'
>;

/** The webhooks of one platform. Synchronous, like every store. */
export class WebhookStore {
  private readonly hooks = new Map<string, WebhookRecord>();
  private readonly secrets = new Map<string, string>();
  private deliverySequence = 0;
  /** Tokens already announced as `token.expiring` (cleared when their expiry changes). */
  readonly announcedExpiring = new Set<string>();

  constructor(
    private readonly clock: Clock,
    private readonly random: Random,
  ) {}

  private newId(): string {
    for (;;) {
      const id = `WH-${this.random.digits(3)}-${this.random.digits(3)}-${this.random.digits(3)}`;
      if (!this.hooks.has(id)) return id;
    }
  }

  insert(input: NewWebhook, jwtSecret: string): WebhookRecord {
    const webhook: WebhookRecord = {
      ...input,
      id: this.newId(),
      http_method: 'POST',
      created_at: this.clock.iso(),
      modified_at: null,
      modified_by: null,
      stats: { events: 0, triggers: 0, success_triggers: 0, failure_triggers: 0, failure_since_last_success: 0 },
      last_event: null,
      last_success: null,
      last_failure: null,
    };
    this.hooks.set(webhook.id, webhook);
    this.secrets.set(webhook.id, jwtSecret);
    return webhook;
  }

  get(id: string): WebhookRecord | undefined {
    return this.hooks.get(id);
  }

  /** All webhooks in creation order. */
  list(): WebhookRecord[] {
    return [...this.hooks.values()];
  }

  get size(): number {
    return this.hooks.size;
  }

  /** The signing secret of a webhook (never serialised). */
  secretOf(id: string): string | undefined {
    return this.secrets.get(id);
  }

  setSecret(id: string, secret: string): void {
    if (this.hooks.has(id)) this.secrets.set(id, secret);
  }

  touch(webhook: WebhookRecord, by: ActorRef): void {
    webhook.modified_at = this.clock.iso();
    webhook.modified_by = { id: by.id, name: by.name };
  }

  delete(id: string): WebhookRecord | undefined {
    const webhook = this.hooks.get(id);
    this.hooks.delete(id);
    this.secrets.delete(id);
    return webhook;
  }

  /** `WD-000-000-001`, … : unique per delivery (retries of one delivery keep its id). */
  nextDeliveryId(): string {
    this.deliverySequence += 1;
    return `WD-${String(this.deliverySequence)
      .padStart(9, '0')
      .replace(/(\d{3})(\d{3})(\d{3})/, '$1-$2-$3')}`;
  }
}

/** The platform's webhook collection (created on first use; dropped by `reset()`). */
export function webhookStoreOf(store: MockStore): WebhookStore {
  return store.collection('webhooks', () => new WebhookStore(store.clock, store.random));
}
