/**
 * The emulator's notion of "now". Every time-dependent rule (expiry, rate-limit windows, IP bans, statistics buckets)
 * reads this clock instead of `Date.now()`, so tests can move time forward instead of sleeping.
 */
export interface Clock {
  /** Current time in epoch milliseconds. */
  now(): number;
  /** Current time as an ISO-8601 string (UTC, millisecond precision). */
  iso(): string;
  /** Moves the clock forward (or backward with a negative value) by `ms`. */
  advance(ms: number): void;
  /** Jumps to an absolute time. */
  set(time: number | string | Date): void;
  /** True when the clock only moves when told to (tests); false when it follows the wall clock. */
  readonly frozen: boolean;
}

/** What `createMockPlatform({ now })` accepts. */
export type ClockInit = number | string | Date | (() => number);

function toMillis(time: number | string | Date): number {
  const ms = typeof time === 'number' ? time : typeof time === 'string' ? Date.parse(time) : time.getTime();
  if (!Number.isFinite(ms)) throw new TypeError(`Invalid time: ${String(time)}`);
  return ms;
}

/**
 * Creates a clock.
 *
 * - With a fixed start (`number`, ISO string or `Date`), the clock is frozen at that instant and only moves through
 *   {@link Clock.advance} / {@link Clock.set}: tests are then fully deterministic.
 * - With a function, the function is the time source and `advance` adds an offset to it.
 * - Without anything, it follows the wall clock plus an offset (what the CLI uses, so `/__mock/clock` still works).
 */
export function createClock(init?: ClockInit): Clock {
  let offset = 0;
  let fixed: number | undefined;
  let source: () => number = () => Date.now();
  if (typeof init === 'function') source = init;
  else if (init !== undefined) fixed = toMillis(init);
  const frozen = fixed !== undefined;
  const now = (): number => (fixed !== undefined ? fixed : source() + offset);
  // Every authenticated request formats "now" (statistics, `last_access`); at thousands of requests per second most
  // fall in the same millisecond, so the last string is kept.
  let isoAt = Number.NaN;
  let isoText = '';
  const iso = (): string => {
    const ms = now();
    if (ms !== isoAt) {
      isoText = new Date(ms).toISOString();
      isoAt = ms;
    }
    return isoText;
  };
  return {
    frozen,
    now,
    iso,
    advance(ms: number) {
      if (!Number.isFinite(ms)) throw new TypeError('advance() needs a finite number of milliseconds');
      if (fixed !== undefined) fixed += ms;
      else offset += ms;
    },
    set(time) {
      const target = toMillis(time);
      if (fixed !== undefined) fixed = target;
      else offset = target - source();
    },
  };
}
