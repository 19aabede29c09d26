import type { Clock } from '../clock';
import { sha256Hex } from '../crypto/secrets';

/** A response remembered for replay: enough to rebuild it byte for byte. */
export interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * A stored response as kept in the cache: AES-GCM under a key derived from the Idempotency-Key, so only a request
 * presenting the same Idempotency-Key can read it back. Response bodies hold fresh secrets (created, renewed and
 * rotated keys, endpoint token values); a dump of the store must not reveal them.
 */
export interface SealedResponse {
  status: number;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

interface Entry {
  /** SHA-256 of the request fingerprint (method, path, query, body hash). */
  fingerprint: string;
  /** Undefined while the first request is still being handled. */
  response: SealedResponse | undefined;
  expiresAt: number;
}

/** How long a key is remembered (Stripe-like 24 hours). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

async function deriveKey(idempotencyKey: string): Promise<CryptoKey> {
  const raw = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(`idem:${idempotencyKey}`));
  return globalThis.crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** Encrypts a response under the Idempotency-Key it answers (AES-256-GCM, random 96-bit IV). */
export async function sealResponse(idempotencyKey: string, response: StoredResponse): Promise<SealedResponse> {
  const iv = new Uint8Array(12);
  globalThis.crypto.getRandomValues(iv);
  const plain = new TextEncoder().encode(JSON.stringify({ headers: response.headers, body: response.body }));
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    await deriveKey(idempotencyKey),
    plain,
  );
  return { status: response.status, iv, ciphertext: new Uint8Array(ciphertext) };
}

/** Decrypts a sealed response with the replaying request's Idempotency-Key; `undefined` if it does not open. */
export async function openResponse(
  idempotencyKey: string,
  sealed: SealedResponse,
): Promise<StoredResponse | undefined> {
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv },
      await deriveKey(idempotencyKey),
      sealed.ciphertext,
    );
    const { headers, body } = JSON.parse(new TextDecoder().decode(plain)) as {
      headers: [string, string][];
      body: string;
    };
    return { status: sealed.status, headers, body };
  } catch {
    return undefined;
  }
}

/** The cache's handle on one Idempotency-Key: hashes only, never the key itself. */
export interface IdempotencyLookup {
  scope: string;
  /** SHA-256 (hex) of the Idempotency-Key. */
  keyHash: string;
  /** SHA-256 (hex) of the request fingerprint. */
  fingerprintHash: string;
}

/** Hashes what the cache needs to know about a request; the Idempotency-Key and fingerprint are not kept. */
export async function idempotencyLookup(
  scope: string,
  idempotencyKey: string,
  fingerprint: string,
): Promise<IdempotencyLookup> {
  const [keyHash, fingerprintHash] = await Promise.all([sha256Hex(idempotencyKey), sha256Hex(fingerprint)]);
  return { scope, keyHash, fingerprintHash };
}

/**
 * Idempotency-Key cache. Keys are scoped by the caller (token id) so two clients cannot collide, and fingerprinted by
 * method + path + body: the same key with another request is a client bug (409 IDEM_001), not a replay.
 *
 * Nothing is kept in clear: entries are addressed by `scope + NUL + SHA-256(Idempotency-Key)`, the fingerprint is
 * a hash, and responses are sealed with `sealResponse()` under a key derived from the Idempotency-Key.
 */
export class IdempotencyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: Clock) {}

  private sweep(): void {
    const now = this.clock.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }

  /**
   * Looks the key up (synchronously, so two concurrent requests cannot both miss). `miss`: the caller must handle
   * the request and then `complete()` it. `replay`: open and send the stored response. `conflict`: same key,
   * different request. `in-flight`: the first request with this key is not finished.
   */
  begin(
    lookup: IdempotencyLookup,
  ): { kind: 'miss' } | { kind: 'replay'; response: SealedResponse } | { kind: 'conflict' } | { kind: 'in-flight' } {
    this.sweep();
    const id = `${lookup.scope}\u0000${lookup.keyHash}`;
    const entry = this.entries.get(id);
    if (!entry) {
      this.entries.set(id, {
        fingerprint: lookup.fingerprintHash,
        response: undefined,
        expiresAt: this.clock.now() + IDEMPOTENCY_TTL_MS,
      });
      return { kind: 'miss' };
    }
    if (entry.fingerprint !== lookup.fingerprintHash) return { kind: 'conflict' };
    if (!entry.response) return { kind: 'in-flight' };
    return { kind: 'replay', response: entry.response };
  }

  /** Stores the (sealed) response of a `miss`. Server errors are not stored, so a retry after a 5xx runs again. */
  complete(lookup: IdempotencyLookup, response: SealedResponse): void {
    const id = `${lookup.scope}\u0000${lookup.keyHash}`;
    const entry = this.entries.get(id);
    if (!entry) return;
    if (response.status >= 500) this.entries.delete(id);
    else entry.response = response;
  }

  /** Forgets a key whose request failed before it was handled (e.g. auth failure), so it can be used again. */
  abandon(lookup: IdempotencyLookup): void {
    const id = `${lookup.scope}\u0000${lookup.keyHash}`;
    if (this.entries.get(id)?.response === undefined) this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }
}
