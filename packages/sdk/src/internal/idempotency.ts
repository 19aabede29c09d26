/**
 * A fresh idempotency key. `crypto.randomUUID` exists in Node ≥ 19, browsers (secure contexts) and edge runtimes;
 * the fallback only matters in odd embedded runtimes, where 128 bits of `Math.random` still make collisions unlikely.
 */
export function newIdempotencyKey(): string {
  const uuid =
    typeof globalThis.crypto?.randomUUID === 'function'
      ? globalThis.crypto.randomUUID()
      : Array.from({ length: 4 }, () =>
          Math.floor(Math.random() * 2 ** 32)
            .toString(16)
            .padStart(8, '0'),
        ).join('-');
  return `ct-${uuid}`;
}
