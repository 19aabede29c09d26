/**
 * Seeded pseudo-random numbers for everything that should be reproducible between runs with the same seed: token
 * ids, generated names, seed data, fault injection dice.
 *
 * Secrets are deliberately NOT drawn from here (see `crypto/secrets.ts`): a seeded PRNG is predictable by design, and
 * an emulator that hands out guessable credentials teaches clients bad habits and, when someone exposes it on a
 * network, is an open door. Reproducibility is only needed for ids, which are not secret.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** Digits as a string, zero-padded (`digits(3)` → `"042"`). */
  digits(count: number): string;
  /** Rewinds to the initial seed, so `platform.reset()` reproduces the same ids. */
  reset(): void;
}

/** Hashes a string or number seed to 32 bits (FNV-1a), so `'demo'` and `42` both work as seeds. */
function seedToInt(seed: number | string): number {
  const text = String(seed);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast and good enough for ids and dice; not for anything secret. */
export function createRandom(seed: number | string): Random {
  const initial = seedToInt(seed);
  let state = initial;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick() from an empty array');
      return items[int(0, items.length - 1)]!;
    },
    chance: (p: number) => p > 0 && next() < p,
    reset() {
      state = initial;
    },
    digits(count: number) {
      let out = '';
      for (let i = 0; i < count; i++) out += String(int(0, 9));
      return out;
    },
  };
}
