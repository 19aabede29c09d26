/**
 * Secrets and their storage. WebCrypto (`globalThis.crypto`) is used so the handlers run unchanged in Node,
 * browsers, workers and edge runtimes; in Node, SHA-256 uses `node:crypto` (found at run time, not imported).
 *
 * - Secrets come from `crypto.getRandomValues` even when the platform is seeded: a seed makes ids reproducible, but a
 *   reproducible secret is a guessable one (see `random.ts`).
 * - The store keeps only SHA-256(secret) and the last 4 characters (to show a masked `****abcd`), like a real service:
 *   a dump of the store (`platform.store`) never reveals a usable key.
 * - Comparison is constant-time over the fixed-length digests, so response time does not leak how many leading
 *   characters of a guessed secret were right.
 */

/** Number of hex characters in a secret (160 bits). */
export const SECRET_LENGTH = 40;

/**
 * CSPRNG bytes drawn in batches and each handed out once: a `getRandomValues` call costs about as much for 4 KiB as
 * for the 20 bytes of one secret, and every create, renew and rotate needs a secret (Node batches `randomUUID` so).
 */
const randomPool = new Uint8Array(4096);
let randomPoolUsed = randomPool.length;

function randomBytes(length: number): Uint8Array {
  if (randomPoolUsed + length > randomPool.length) {
    globalThis.crypto.getRandomValues(randomPool);
    randomPoolUsed = 0;
  }
  const bytes = randomPool.subarray(randomPoolUsed, randomPoolUsed + length);
  randomPoolUsed += length;
  return bytes;
}

/** A fresh secret: 40 lowercase hex characters from the CSPRNG. */
export function generateSecret(): string {
  return toHex(randomBytes(SECRET_LENGTH / 2));
}

/** Random alphanumeric string from the CSPRNG (endpoint token values, idempotency-free ids). */
export function generateAlphanumeric(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const out: string[] = [];
  const bytes = new Uint8Array(length * 2);
  while (out.length < length) {
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      // Rejection sampling: 248 = 4 * 62 keeps the distribution uniform.
      if (byte < 248 && out.length < length) out.push(alphabet[byte % 62]!);
    }
  }
  return out.join('');
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

type NodeCrypto = {
  createHash(algorithm: string): { update(data: string, encoding: 'utf8'): { digest(encoding: 'hex'): string } };
  /** One-shot digest (Node >= 20.12 / 21.7): no Hash object per call. */
  hash?: (algorithm: string, data: string, outputEncoding: 'hex') => string;
};

/**
 * Node's synchronous hashing when the runtime has it (`process.getBuiltinModule`, Node ≥ 22.3: no import statement,
 * so bundles for browsers and workers are unaffected). WebCrypto's `digest` is asynchronous and, in Node, runs on the
 * thread pool: on every authenticated request that was the single largest cost.
 */
const nodeCrypto: NodeCrypto | undefined = (() => {
  try {
    const proc = (
      globalThis as { process?: { versions?: { node?: string }; getBuiltinModule?: (id: string) => unknown } }
    ).process;
    if (!proc?.versions?.node || typeof proc.getBuiltinModule !== 'function') return undefined;
    const module = proc.getBuiltinModule('node:crypto') as NodeCrypto | undefined;
    return typeof module?.createHash === 'function' ? module : undefined;
  } catch {
    return undefined;
  }
})();

const oneShot = typeof nodeCrypto?.hash === 'function' ? nodeCrypto.hash.bind(nodeCrypto) : undefined;

/** SHA-256 of a UTF-8 string as lowercase hex, synchronously when the runtime allows it (Node); else `undefined`. */
export function sha256HexSync(text: string): string | undefined {
  if (nodeCrypto === undefined) return undefined;
  return oneShot ? oneShot('sha256', text, 'hex') : nodeCrypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 of a UTF-8 string, as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  const fast = sha256HexSync(text);
  if (fast !== undefined) return fast;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return toHex(new Uint8Array(digest));
}

/**
 * Compares two strings in time that depends only on their lengths. Used on hex digests, which always have the same
 * length, so the result leaks nothing.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** `****abcd`: what a stored secret looks like in every response but the one that created it. */
export function maskSecret(last4: string): string {
  return `****${last4}`;
}
