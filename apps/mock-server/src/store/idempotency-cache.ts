import type { Clock } from '../clock';

/** A response remembered for replay: enough to rebuild it byte for byte. */
export interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

interface Entry {
  fingerprint: string;
  /** Undefined while the first request is still being handled. */
  response: StoredResponse | undefined;
  expiresAt: number;
}

/** How long a key is remembered (Stripe-like 24 hours). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Idempotency-Key cache. Keys are scoped by the caller (token id) so two clients cannot collide, and fingerprinted by
 * method + path + body: the same key with another request is a client bug (409 IDEM_001), not a replay.
 */
export class IdempotencyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: Clock) {}

  private sweep(): void {
    const now = this.clock.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }

  /**
   * Looks the key up. `miss`: the caller must handle the request and then `complete()` it. `replay`: send the stored
   * response. `conflict`: same key, different request. `in-flight`: the first request with this key is not finished.
   */
  begin(scope: string, key: string, fingerprint: string):
    | { kind: 'miss' }
    | { kind: 'replay'; response: StoredResponse }
    | { kind: 'conflict' }
    | { kind: 'in-flight' } {
    this.sweep();
    const id = `${scope}\u0000${key}`;
    const entry = this.entries.get(id);
    if (!entry) {
      this.entries.set(id, { fingerprint, response: undefined, expiresAt: this.clock.now() + IDEMPOTENCY_TTL_MS });
      return { kind: 'miss' };
    }
    if (entry.fingerprint !== fingerprint) return { kind: 'conflict' };
    if (!entry.response) return { kind: 'in-flight' };
    return { kind: 'replay', response: entry.response };
  }

  /** Stores the response of a `miss`. Server errors are not stored, so a retry after a 5xx runs again. */
  complete(scope: string, key: string, response: StoredResponse): void {
    const id = `${scope}\u0000${key}`;
    const entry = this.entries.get(id);
    if (!entry) return;
    if (response.status >= 500) this.entries.delete(id);
    else entry.response = response;
  }

  /** Forgets a key whose request failed before it was handled (e.g. auth failure), so it can be used again. */
  abandon(scope: string, key: string): void {
    const id = `${scope}\u0000${key}`;
    if (this.entries.get(id)?.response === undefined) this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }
}
