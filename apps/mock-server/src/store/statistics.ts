import type { Clock } from '../clock';

/** Per-status-code counters of one token. */
export interface StatusCounter {
  total: number;
  since_last_reset: number;
}

/**
 * Usage statistics of one token as {@link StatisticsStore.get} answers them: totals per HTTP status and a per-day
 * histogram for aggregates. Built from the stored counts on each call; changing it changes nothing stored.
 */
export interface TokenStatistics {
  /** The first counted request; `null` until then. */
  started_tracking_at: string | null;
  statuses: Map<string, StatusCounter>;
  /** Error code of denied requests → count. */
  denials: Map<string, number>;
  /** `YYYY-MM-DD` → status code → count. */
  daily: Map<string, Map<string, number>>;
}

/**
 * What is stored of one counted token: flat arrays of numbers, as Maps of counter objects (three per token, one more
 * per day, an object per status code) cost a seeded token more than its own record. A status's total is the sum of
 * its daily counts, so it is not stored; its `since_last_reset` is that total minus its total at the last reset.
 * Arrays grow by exact-size copies (`push` would leave spare capacity in each).
 */
interface Usage {
  started_tracking_at: string;
  /** Per UTC day and status code, in order of first count: the day (days since the epoch), the code, the count. */
  days: number[];
  /** Per denial code: the code, its count. */
  denials: readonly (string | number)[];
  /** Per status code counted before the last reset: the code, its total then. */
  reset: readonly number[];
}

const DAY_MS = 86_400_000;
const NONE: readonly never[] = Object.freeze([]);

/** `YYYY-MM-DD` (UTC) of a day counted in days since the epoch. */
function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Total per status code: the sum of its daily counts. */
function totals(usage: Usage): Map<number, number> {
  const out = new Map<number, number>();
  const { days } = usage;
  for (let i = 0; i < days.length; i += 3) out.set(days[i + 1]!, (out.get(days[i + 1]!) ?? 0) + days[i + 2]!);
  return out;
}

/** Statistics of every token, keyed by token id. Survives token deletion only until `forget`. */
export class StatisticsStore {
  private readonly byToken = new Map<string, Usage>();

  constructor(private readonly clock: Clock) {}

  /**
   * Called for a new token. Its statistics are allocated when its first request is counted, not here: most tokens of
   * a large store are never used through the emulator.
   */
  track(_tokenId: string): void {}

  /** Counts one response with `status` for the token; `denial` is the error code when the request was denied. */
  count(tokenId: string, status: number, denial?: string): void {
    let usage = this.byToken.get(tokenId);
    if (!usage) {
      usage = { started_tracking_at: this.clock.iso(), days: [], denials: NONE, reset: NONE };
      this.byToken.set(tokenId, usage);
    }
    if (denial !== undefined) {
      const { denials } = usage;
      const at = denials.indexOf(denial);
      if (at >= 0) (denials as (string | number)[])[at + 1] = (denials[at + 1] as number) + 1;
      else usage.denials = denials.concat(denial, 1);
    }
    const day = Math.floor(this.clock.now() / DAY_MS);
    const { days } = usage;
    // Today's entries are the last ones unless the clock went back.
    for (let i = days.length - 3; i >= 0; i -= 3) {
      if (days[i] === day && days[i + 1] === status) {
        days[i + 2] = days[i + 2]! + 1;
        return;
      }
    }
    usage.days = days.concat(day, status, 1);
  }

  /** Zeroes `since_last_reset` (totals are kept), as Connect does when a token's secret changes. */
  resetSince(tokenId: string): void {
    const usage = this.byToken.get(tokenId);
    if (!usage) return;
    usage.reset = [...totals(usage)].flat();
  }

  get(tokenId: string): TokenStatistics | undefined {
    const usage = this.byToken.get(tokenId);
    if (!usage) return undefined;
    const atReset = new Map<number, number>();
    for (let i = 0; i < usage.reset.length; i += 2) atReset.set(usage.reset[i]!, usage.reset[i + 1]!);
    const statuses = new Map<string, StatusCounter>();
    for (const [code, total] of totals(usage)) {
      statuses.set(String(code), { total, since_last_reset: total - (atReset.get(code) ?? 0) });
    }
    const denials = new Map<string, number>();
    for (let i = 0; i < usage.denials.length; i += 2)
      denials.set(usage.denials[i] as string, usage.denials[i + 1] as number);
    const daily = new Map<string, Map<string, number>>();
    const { days } = usage;
    for (let i = 0; i < days.length; i += 3) {
      const text = dayText(days[i]!);
      let histogram = daily.get(text);
      if (!histogram) {
        histogram = new Map();
        daily.set(text, histogram);
      }
      histogram.set(String(days[i + 1]), days[i + 2]!);
    }
    return { started_tracking_at: usage.started_tracking_at, statuses, denials, daily };
  }

  forget(tokenId: string): void {
    this.byToken.delete(tokenId);
  }

  clear(): void {
    this.byToken.clear();
  }
}
