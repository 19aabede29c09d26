import type { Clock } from '../clock';

/** Failed authentications from one IP that trigger a ban, and the window they are counted in. */
export const AUTH_FAILURE_LIMIT = 20;
export const AUTH_FAILURE_WINDOW_MS = 60_000;
/** How long a banned IP is refused. */
export const AUTH_BAN_MS = 5 * 60_000;

/**
 * Counts failed authentications per client IP (sliding window) and bans an IP that fails too often: brute-forcing
 * secrets is then slow, and other IPs are unaffected.
 */
export class AuthFailureTracker {
  private readonly failures = new Map<string, number[]>();
  private readonly bans = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  /** Milliseconds left on the IP's ban, or 0. */
  banRemaining(ip: string): number {
    const until = this.bans.get(ip);
    if (until === undefined) return 0;
    const left = until - this.clock.now();
    if (left <= 0) {
      this.bans.delete(ip);
      return 0;
    }
    return left;
  }

  /** Records a failure; returns true when this failure starts a ban. */
  fail(ip: string): boolean {
    const now = this.clock.now();
    const recent = (this.failures.get(ip) ?? []).filter((t) => t > now - AUTH_FAILURE_WINDOW_MS);
    recent.push(now);
    if (recent.length >= AUTH_FAILURE_LIMIT) {
      this.failures.delete(ip);
      this.bans.set(ip, now + AUTH_BAN_MS);
      return true;
    }
    this.failures.set(ip, recent);
    return false;
  }

  clear(): void {
    this.failures.clear();
    this.bans.clear();
  }
}

/** Fixed-window request counters per token, for the token's `rate_limit` rule. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly clock: Clock) {}

  /**
   * Counts a request of `key` against `requests` per `windowSeconds`. Returns 0 when allowed, otherwise the seconds
   * until the window resets (the `Retry-After`).
   */
  take(key: string, requests: number, windowSeconds: number): number {
    const now = this.clock.now();
    const windowMs = windowSeconds * 1000;
    const start = Math.floor(now / windowMs) * windowMs;
    let window = this.windows.get(key);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= requests) return Math.max(1, Math.ceil((start + windowMs - now) / 1000));
    window.count += 1;
    return 0;
  }

  /** Like {@link take} but without counting: 0 when a request would pass now. */
  peek(key: string, requests: number, windowSeconds: number): number {
    const now = this.clock.now();
    const windowMs = windowSeconds * 1000;
    const start = Math.floor(now / windowMs) * windowMs;
    const window = this.windows.get(key);
    if (!window || window.start !== start || window.count < requests) return 0;
    return Math.max(1, Math.ceil((start + windowMs - now) / 1000));
  }

  clear(): void {
    this.windows.clear();
  }
}
