/**
 * Webhook delivery: turns platform events into signed `POST`s to every matching webhook, with retries, and keeps
 * `stats`, `last_event`, `last_success` and `last_failure` up to date.
 *
 * - **Never in the way of the API.** Events are picked up synchronously (an audit-log listener that cannot throw),
 *   the matching webhooks and the payload are fixed at that moment, and the network work runs detached. Every
 *   detached delivery is tracked, so tests (and the CLI on shutdown) can wait with {@link WebhookDispatcher.idle}.
 * - **Transport.** The global `fetch` at the moment of sending (so MSW intercepts it in tests, and the HTTP server
 *   delivers for real), `POST` with `Content-Type: application/json`, the webhook's extra headers, and
 *   `Authorization: Bearer <HS256 JWT>` signed with the webhook's `jwt_secret` (claims `iat`, `exp`, `webhook_id`,
 *   `delivery_id`, `sha256` of the body). Any `2xx` is a success; another status (a redirect too: redirects are
 *   never followed), a network error or no answer within `timeoutMs` (default 10 s, as the spec says) is a failure.
 * - **Targets.** Only where the {@link WebhookTargetPolicy} allows: the URL is checked when a webhook is written and
 *   before each attempt, and every connection through the guarded agent (`guarded-agent.ts`) checks the address it
 *   actually opens. At most {@link RESPONSE_READ_LIMIT} bytes of an answer are read; a longer one is kept as its
 *   first 4 KiB with `truncated: true`.
 * - **Retries.** A failed attempt is retried after each of `retryDelaysMs` (default `[1000, 5000]`: 3 attempts with
 *   growing delays). Delays use real timers, not the platform clock: a frozen test clock would otherwise never let a
 *   retry happen. Tests set `[0, 0]`. Every attempt updates the counters; each failure sets `last_failure`, a success
 *   `last_success`. A webhook deleted or deactivated meanwhile gets no further attempts.
 * - **`token.expiring`.** Expiry is derived from the clock, so nothing "happens" when a token enters the 14-day window.
 *   The dispatcher looks for such tokens after audit events (coalesced: one look per burst of events), after every
 *   move of the platform clock (`clock.advance`/`clock.set`, which `POST /__mock/clock` uses: the dispatcher wraps
 *   both), when webhooks are read or written, and on {@link WebhookDispatcher.scanExpiring}; each token is announced
 *   once per expiration date. A look after events is incremental: a full scan of the store remembers the earliest
 *   moment at which another token enters the window, and until then (while the clock only moves forward) only the
 *   tokens changed since (`TokenStore.onChange`) can have become expiring, so only those are checked.
 */
import { EXPIRING_WINDOW_MS } from '@connect-tokens/protocol';
import { sha256Hex } from '../crypto/secrets';
import type { PlatformRuntime } from '../http/context';
import { serializeAuditEvent } from '../handlers/serializers';
import { expiryTime, STATUS_BY_CODE, statusCodeAt } from '../store/token-status';
import type { AuditEvent, TokenRecord } from '../store/types';
import { webhookStoreOf, type WebhookRecord, type WebhookStore, type WebhookTriggerInfo } from '../store/webhook-store';
import { TOKEN_EXPIRING, WEBHOOK_TEST, objectClassOf, webhookWants } from './events';
import { createGuardedAgent } from './guarded-agent';
import { signHs256 } from './jwt';
import { RefusedTargetError, WebhookTargetPolicy, type WebhookTargetOptions } from './target-policy';

/** Options of the webhook dispatcher (`createMockPlatform({ webhookRetryDelaysMs, webhookTimeoutMs })`). */
export interface WebhookDeliveryOptions {
  /** Delays before each retry of a failed delivery; its length is the number of retries. Default `[1000, 5000]`. */
  retryDelaysMs?: readonly number[];
  /** How long to wait for the receiver's answer. Default 10 000 ms. */
  timeoutMs?: number;
  /** Lifetime of the delivery JWT (`exp - iat`), in seconds. Default 300. */
  jwtTtlSeconds?: number;
  /** Receives unexpected exceptions of the dispatcher (never thrown into API requests). Default: the runtime's. */
  onError?: (error: unknown) => void;
  /** Where deliveries may go (see {@link WebhookTargetPolicy}); unset fields keep their value, origins add up. */
  targets?: WebhookTargetOptions;
}

/** The JSON body of a delivery (the spec's `WebhookDelivery`). */
export interface WebhookDeliveryBody {
  id: string;
  type: string;
  at: string;
  data: unknown;
}

const DEFAULT_RETRY_DELAYS_MS = [1000, 5000] as const;
const DEFAULT_TIMEOUT_MS = 10_000;
const RESPONSE_TEXT_LIMIT = 4096;
/** Most bytes of a receiver's answer that are read (and so stored and shown by every GET of the webhook). */
export const RESPONSE_READ_LIMIT = 64 * 1024;
/** Headers a webhook's `headers` may not override. */
const RESERVED_HEADERS = new Set([
  'authorization',
  'content-type',
  'content-length',
  'host',
  'transfer-encoding',
  'connection',
]);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.max(0, ms)) as unknown as { unref?: () => void };
    // A pending retry must not keep a Node process (the CLI, a test worker) alive on its own.
    timer.unref?.();
  });
}

/**
 * Reads at most {@link RESPONSE_READ_LIMIT} bytes of an answer, then stops reading (the rest is never received into
 * memory). `truncated` says whether there was more.
 */
async function readCapped(response: Response): Promise<{ text: string; truncated: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { text: '', truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      const room = RESPONSE_READ_LIMIT - size;
      if (read.value.byteLength > room) {
        chunks.push(read.value.subarray(0, room));
        truncated = true;
        break;
      }
      chunks.push(read.value);
      size += read.value.byteLength;
    }
  } catch {
    // a body cut off midway keeps what arrived
  } finally {
    if (truncated) void reader.cancel().catch(() => undefined);
  }
  return { text: new TextDecoder().decode(Buffer.concat(chunks)), truncated };
}

/** The receiver's answer as the spec's `response`: JSON object when possible, else `{text}` (first 4 KiB). */
function responseObject(text: string, truncated: boolean): Record<string, unknown> {
  // Part of a JSON document is not JSON: a cut answer is kept as text with a marker.
  if (truncated) return { text: text.slice(0, RESPONSE_TEXT_LIMIT), truncated: true };
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // not JSON
  }
  return { text: text.slice(0, RESPONSE_TEXT_LIMIT) };
}

/** Delivers events of one platform to its webhooks. Get it with {@link webhooksOf}. */
export class WebhookDispatcher {
  private readonly pending = new Set<Promise<unknown>>();
  private retryDelaysMs: readonly number[] = DEFAULT_RETRY_DELAYS_MS;
  private timeoutMs = DEFAULT_TIMEOUT_MS;
  private jwtTtlSeconds = 300;
  private onError: (error: unknown) => void;
  private policy: WebhookTargetPolicy;
  private readonly agent = createGuardedAgent(() => this.policy);
  private scanScheduled = false;
  /** Counters for tests and diagnostics: full `token.expiring` scans run, and tokens visited by any look. */
  readonly scanStats = { scans: 0, tokensVisited: 0 };
  /**
   * What the last full scan found: when it ran, the earliest moment after it at which an active, unannounced token
   * enters the window, and for which webhook store (a reset replaces it). `undefined`: a full scan is due.
   */
  private lastScan: { at: number; nextEntry: number; store: WebhookStore } | undefined;
  /** Tokens inserted or changed since the last look. */
  private readonly changedTokens = new Set<TokenRecord>();

  constructor(private readonly runtime: PlatformRuntime) {
    this.onError = (error) => runtime.onUnexpectedError?.(error);
    this.policy = new WebhookTargetPolicy(new URL(runtime.baseUrl).origin);
    runtime.store.audit.onAppend((event) => this.guard(() => this.onAudit(event)));
    runtime.store.tokens.onChange((token) => {
      if (token === undefined) this.lastScan = undefined;
      // Until the first full scan (and after a reset) every token is looked at anyway.
      if (token === undefined || this.lastScan === undefined) this.changedTokens.clear();
      else this.changedTokens.add(token);
    });
    // Expiry follows the clock: re-scan whenever the platform clock is moved (tests, `POST /__mock/clock`).
    const clock = runtime.clock;
    const advance = clock.advance.bind(clock);
    const set = clock.set.bind(clock);
    clock.advance = (ms) => {
      advance(ms);
      this.scheduleExpiringScan();
    };
    clock.set = (time) => {
      set(time);
      this.scheduleExpiringScan();
    };
  }

  /** Changes the options (unset fields keep their value). */
  configure(options: WebhookDeliveryOptions): void {
    if (options.retryDelaysMs !== undefined) {
      if (!options.retryDelaysMs.every((d) => Number.isFinite(d) && d >= 0))
        throw new TypeError('webhook retry delays must be >= 0');
      this.retryDelaysMs = [...options.retryDelaysMs];
    }
    if (options.timeoutMs !== undefined) this.timeoutMs = options.timeoutMs;
    if (options.jwtTtlSeconds !== undefined) this.jwtTtlSeconds = options.jwtTtlSeconds;
    if (options.onError !== undefined) this.onError = options.onError;
    if (options.targets !== undefined)
      this.policy = this.policy.with(options.targets, new URL(this.runtime.baseUrl).origin);
  }

  /** Why `url` may not receive deliveries, or `undefined` (the webhook handlers refuse such a URL with 400). */
  refusalOf(url: URL): string | undefined {
    return this.policy.refusalOfUrl(url);
  }

  private get store(): WebhookStore {
    return webhookStoreOf(this.runtime.store);
  }

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.onError(error);
    }
  }

  /** Resolves when no delivery (including retries) is under way. */
  async idle(): Promise<void> {
    while (this.pending.size > 0 || this.scanScheduled) {
      await Promise.allSettled([...this.pending]);
      if (this.scanScheduled) await Promise.resolve();
    }
  }

  /** Alias of {@link idle}. */
  flush(): Promise<void> {
    return this.idle();
  }

  /** Number of deliveries under way. */
  get inFlight(): number {
    return this.pending.size;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    const tracked = promise.finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
    return tracked;
  }

  private onAudit(event: AuditEvent): void {
    if (event.token) {
      // A new expiration date (renew, rotate, an edited expiry) or a deleted token may be announced again later.
      const fields = event.details?.fields;
      const expiryEdited =
        event.type === 'token.updated' && Array.isArray(fields) && fields.includes('expiration_date');
      if (
        expiryEdited ||
        event.type === 'token.renewed' ||
        event.type === 'token.rotated' ||
        event.type === 'token.deleted'
      ) {
        this.store.announcedExpiring.delete(event.token.id);
      }
    }
    if (objectClassOf(event.type) !== undefined) this.emit(event.type, event.at, () => serializeAuditEvent(event));
    // Coalesced: a request that records many events (the first list after many tokens expired records one
    // `token.expired` each) triggers one scan once it yields, not one full scan of the tokens per event.
    this.scheduleExpiringScan();
  }

  /**
   * Delivers an event to every active webhook that wants it. Synchronous: the recipients and the payload are fixed
   * now; the deliveries run detached. Returns the number of deliveries started. `data` may be a function that builds
   * the payload, called only if some webhook takes the event (a first list can record thousands of events).
   */
  emit(type: string, at: string, data: unknown): number {
    try {
      return this.startDeliveries(type, at, data);
    } catch (error) {
      this.onError(error);
      return 0;
    }
  }

  private startDeliveries(type: string, at: string, data: unknown): number {
    const store = this.store;
    let started = 0;
    let payload: { value: unknown } | undefined;
    for (const webhook of store.list()) {
      if (!webhookWants(webhook, type)) continue;
      // `token.expiring` is not a spec event type yet: only webhooks that take every event get it.
      if (type === TOKEN_EXPIRING && webhook.events.length > 0) continue;
      webhook.stats.events += 1;
      webhook.last_event = at;
      payload ??= { value: typeof data === 'function' ? (data as () => unknown)() : data };
      const body: WebhookDeliveryBody = { id: store.nextDeliveryId(), type, at, data: structuredClone(payload.value) };
      void this.track(this.deliverWithRetries(store, webhook, body)).catch((error: unknown) => this.onError(error));
      started += 1;
    }
    return started;
  }

  /** `POST /notifications/webhooks/{id}/trigger`: one `webhook.test` attempt, active or not, awaited. */
  async trigger(webhook: WebhookRecord): Promise<WebhookTriggerInfo> {
    const store = this.store;
    const body: WebhookDeliveryBody = {
      id: store.nextDeliveryId(),
      type: WEBHOOK_TEST,
      at: this.runtime.clock.iso(),
      data: { webhook_id: webhook.id },
    };
    return this.track(this.attempt(store, webhook, body));
  }

  private async deliverWithRetries(
    store: WebhookStore,
    webhook: WebhookRecord,
    body: WebhookDeliveryBody,
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      // Stop when the webhook was deleted, replaced by a reset, or switched off meanwhile.
      if (store !== this.store || store.get(webhook.id) !== webhook || !webhook.active) return;
      const outcome = await this.attempt(store, webhook, body);
      if (outcome.status === 'success' || attempt >= this.retryDelaysMs.length) return;
      await sleep(this.retryDelaysMs[attempt]!);
    }
  }

  /** One signed delivery attempt; records its outcome on the webhook. Never throws. */
  private async attempt(
    store: WebhookStore,
    webhook: WebhookRecord,
    body: WebhookDeliveryBody,
  ): Promise<WebhookTriggerInfo> {
    const secret = store.secretOf(webhook.id);
    if (secret === undefined) {
      // Deleted while this attempt was being prepared: nothing is sent and nothing is recorded.
      return {
        time: this.runtime.clock.iso(),
        status: 'failure',
        status_code: null,
        duration: 0,
        errors: 'webhook deleted',
      };
    }
    const text = JSON.stringify(body);
    const iat = Math.floor(this.runtime.clock.now() / 1000);
    const jwt = await signHs256(
      {
        iat,
        exp: iat + this.jwtTtlSeconds,
        webhook_id: webhook.id,
        delivery_id: body.id,
        sha256: await sha256Hex(text),
      },
      secret,
    );
    const headers = new Headers();
    for (const [name, value] of Object.entries(webhook.headers)) {
      if (RESERVED_HEADERS.has(name.toLowerCase())) continue;
      try {
        headers.set(name, value);
      } catch {
        // an invalid header name or value is skipped rather than failing the delivery
      }
    }
    headers.set('content-type', 'application/json');
    headers.set('authorization', `Bearer ${jwt}`);
    headers.set('user-agent', 'connect-tokens-mock-webhooks/1');
    const time = this.runtime.clock.iso();
    const started = Date.now();
    let info: WebhookTriggerInfo;
    try {
      // A webhook written under another policy (or before a flag changed) is checked again before anything is sent.
      const refusal = this.policy.refusalOfUrl(new URL(webhook.external_url));
      if (refusal) throw new RefusedTargetError(refusal);
      const response = await globalThis.fetch(webhook.external_url, {
        method: 'POST',
        headers,
        body: text,
        // A redirect is the receiver's answer, never followed: it could name a refused target.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
        // undici's connection hook (see `guarded-agent.ts`); MSW passes it on when it lets a request through.
        dispatcher: this.agent,
      } as RequestInit);
      const answer = await readCapped(response);
      const ok = response.status >= 200 && response.status < 300;
      info = {
        time,
        status: ok ? 'success' : 'failure',
        status_code: response.status,
        duration: Math.max(0, Date.now() - started),
        response: responseObject(answer.text, answer.truncated),
        errors: ok ? null : `HTTP ${response.status}`,
      };
    } catch (error) {
      info = {
        time,
        status: 'failure',
        status_code: null,
        duration: Math.max(0, Date.now() - started),
        errors: failureText(error),
      };
    }
    const stats = webhook.stats;
    stats.triggers += 1;
    if (info.status === 'success') {
      stats.success_triggers += 1;
      stats.failure_since_last_success = 0;
      webhook.last_success = info;
    } else {
      stats.failure_triggers += 1;
      stats.failure_since_last_success += 1;
      webhook.last_failure = info;
    }
    return info;
  }

  private scheduleExpiringScan(): void {
    if (this.scanScheduled) return;
    this.scanScheduled = true;
    queueMicrotask(() => {
      this.scanScheduled = false;
      this.guard(() => this.lookForExpiring());
    });
  }

  /** The coalesced look after events and clock moves: only the changed tokens, unless a full scan is due. */
  private lookForExpiring(): void {
    const now = this.runtime.clock.now();
    const last = this.lastScan;
    const tokens = this.runtime.store.tokens;
    // A token can enter the window without being changed only by the clock reaching its entry time (or going back).
    if (
      !last ||
      last.store !== this.store ||
      now < last.at ||
      now >= last.nextEntry ||
      this.changedTokens.size > tokens.size / 8
    ) {
      this.scanExpiring();
      return;
    }
    const changed = [...this.changedTokens];
    this.changedTokens.clear();
    for (const token of changed) {
      this.scanStats.tokensVisited += 1;
      // Deleted tokens are not announced; a token inserted again under the same id is a new record.
      if (tokens.get(token.id) !== token) continue;
      last.nextEntry = Math.min(last.nextEntry, this.consider(token, now));
    }
  }

  /**
   * Announces the token if it is expiring at `now` and not announced yet. Returns when it would enter the window
   * later, if it is active and that is after `now`, else `Infinity`.
   */
  private consider(token: TokenRecord, now: number): number {
    const store = this.store;
    const expires = token.active ? expiryTime(token) : null;
    const status = STATUS_BY_CODE[statusCodeAt(token.active, expires, now)];
    if (status === 'expiring') {
      if (!store.announcedExpiring.has(token.id)) this.announceExpiring(token);
      return Number.POSITIVE_INFINITY;
    }
    if (status !== 'active') return Number.POSITIVE_INFINITY;
    const entry = (expires ?? Number.NaN) - EXPIRING_WINDOW_MS;
    return entry > now ? entry : Number.POSITIVE_INFINITY;
  }

  private announceExpiring(token: TokenRecord): void {
    this.store.announcedExpiring.add(token.id);
    const at = this.runtime.clock.iso();
    // Shaped like an `AuditEvent`, but not recorded in the audit log: `token.expiring` is not a spec audit type.
    this.emit(TOKEN_EXPIRING, at, {
      id: null,
      type: TOKEN_EXPIRING,
      at,
      token: { id: token.id, name: token.name },
      actor: null,
      ip: null,
      reason: null,
      details: { expiration_date: token.expiration_date },
    });
  }

  /**
   * Scans every token and announces `token.expiring` for those first seen inside the expiring window (once per token
   * and expiration date). Returns the number of tokens announced.
   */
  scanExpiring(): number {
    const store = this.store;
    const now = this.runtime.clock.now();
    const before = store.announcedExpiring.size;
    this.scanStats.scans += 1;
    this.changedTokens.clear();
    let nextEntry = Number.POSITIVE_INFINITY;
    for (const token of this.runtime.store.tokens.values()) {
      this.scanStats.tokensVisited += 1;
      const entry = this.consider(token, now);
      if (entry < nextEntry) nextEntry = entry;
    }
    this.lastScan = { at: now, nextEntry, store };
    return store.announcedExpiring.size - before;
  }
}

/** The `errors` text of an attempt that got no answer. */
function failureText(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  for (let cause: unknown = error, depth = 0; cause instanceof Error && depth < 4; cause = cause.cause, depth++) {
    if (cause instanceof RefusedTargetError) return `refused target: ${cause.message}`;
  }
  return `connection error: ${error instanceof Error ? error.message : String(error)}`;
}

const dispatchers = new WeakMap<PlatformRuntime, WebhookDispatcher>();

/**
 * The webhook dispatcher of a platform, created (and subscribed to the audit log) on first use; `options` change its
 * settings. `createMockPlatform` attaches it at start, so events are delivered from the first request on.
 */
export function webhooksOf(runtime: PlatformRuntime, options?: WebhookDeliveryOptions): WebhookDispatcher {
  let dispatcher = dispatchers.get(runtime);
  if (!dispatcher) {
    dispatcher = new WebhookDispatcher(runtime);
    dispatchers.set(runtime, dispatcher);
  }
  if (options) dispatcher.configure(options);
  return dispatcher;
}
