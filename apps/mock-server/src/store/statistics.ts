import type { Clock } from '../clock';

/** Per-status-code counters of one token. */
export interface StatusCounter {
  total: number;
  since_last_reset: number;
}

/** Usage statistics of one token: totals per HTTP status and a per-day histogram for aggregates. */
export interface TokenStatistics {
  /** The first counted request; `null` until then. */
  started_tracking_at: string | null;
  statuses: Map<string, StatusCounter>;
  /** Error code of denied requests → count. */
  denials: Map<string, number>;
  /** `YYYY-MM-DD` → status code → count. */
  daily: Map<string, Map<string, number>>;
}

const DAY_MS = 86_400_000;

/** Statistics of every token, keyed by token id. Survives token deletion only until `forget`. */
export class StatisticsStore {
  private readonly byToken = new Map<string, TokenStatistics>();
  /** The UTC day of the last count and where it starts: formatting a date per counted request was most of `count`. */
  private day = { start: Number.NaN, text: '' };

  constructor(private readonly clock: Clock) {}

  /** `YYYY-MM-DD` (UTC) of `time`. */
  private dayOf(time: number): string {
    if (!(time >= this.day.start && time < this.day.start + DAY_MS)) {
      const start = Math.floor(time / DAY_MS) * DAY_MS;
      this.day = { start, text: new Date(start).toISOString().slice(0, 10) };
    }
    return this.day.text;
  }

  private ensure(tokenId: string): TokenStatistics {
    let stats = this.byToken.get(tokenId);
    if (!stats) {
      stats = { started_tracking_at: null, statuses: new Map(), denials: new Map(), daily: new Map() };
      this.byToken.set(tokenId, stats);
    }
    return stats;
  }

  /**
   * Called for a new token. Its statistics are allocated when its first request is counted, not here: three Maps per
   * token, most of them never used, were a third of the heap of a store of 100k tokens.
   */
  track(_tokenId: string): void {}

  /** Counts one response with `status` for the token; `denial` is the error code when the request was denied. */
  count(tokenId: string, status: number, denial?: string): void {
    const stats = this.ensure(tokenId);
    stats.started_tracking_at ??= this.clock.iso();
    if (denial !== undefined) stats.denials.set(denial, (stats.denials.get(denial) ?? 0) + 1);
    const code = String(status);
    const counter = stats.statuses.get(code) ?? { total: 0, since_last_reset: 0 };
    counter.total += 1;
    counter.since_last_reset += 1;
    stats.statuses.set(code, counter);
    const day = this.dayOf(this.clock.now());
    const histogram = stats.daily.get(day) ?? new Map<string, number>();
    histogram.set(code, (histogram.get(code) ?? 0) + 1);
    stats.daily.set(day, histogram);
  }

  /** Zeroes `since_last_reset` (totals are kept), as Connect does when a token's secret changes. */
  resetSince(tokenId: string): void {
    const stats = this.byToken.get(tokenId);
    if (!stats) return;
    for (const counter of stats.statuses.values()) counter.since_last_reset = 0;
  }

  get(tokenId: string): TokenStatistics | undefined {
    return this.byToken.get(tokenId);
  }

  forget(tokenId: string): void {
    this.byToken.delete(tokenId);
  }

  clear(): void {
    this.byToken.clear();
  }
}
