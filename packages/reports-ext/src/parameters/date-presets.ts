import type { DateRangePreset } from '../descriptor/descriptor-types';
import type { DateRangeValue } from './parameter-values';

/** Presets a `date_range` parameter accepts, as typed on the command line. */
export const DATE_RANGE_PRESETS: readonly DateRangePreset[] = [
  'today',
  'yesterday',
  'last_7_days',
  'last_30_days',
  'last_90_days',
  'this_month',
  'last_month',
  'this_year',
];

const DAY = 86_400_000;

function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/**
 * Resolves a preset against `now`, in UTC so the same command gives the same period wherever it runs. "last N days"
 * is N whole calendar days including today, ending at the next midnight: a report run mid-day includes the morning's
 * events, and events stamped a moment after the client's clock (skew, a frozen test clock) are not cut off.
 */
export function resolveDatePreset(preset: DateRangePreset, now: Date): DateRangeValue {
  const today = startOfUtcDay(now.getTime());
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const iso = (ms: number) => new Date(ms).toISOString();
  switch (preset) {
    case 'today':
      return { after: iso(today), before: iso(today + DAY) };
    case 'yesterday':
      return { after: iso(today - DAY), before: iso(today) };
    case 'last_7_days':
      return { after: iso(today - 6 * DAY), before: iso(today + DAY) };
    case 'last_30_days':
      return { after: iso(today - 29 * DAY), before: iso(today + DAY) };
    case 'last_90_days':
      return { after: iso(today - 89 * DAY), before: iso(today + DAY) };
    case 'this_month':
      return { after: iso(Date.UTC(y, m, 1)), before: iso(Date.UTC(y, m + 1, 1)) };
    case 'last_month':
      return { after: iso(Date.UTC(y, m - 1, 1)), before: iso(Date.UTC(y, m, 1)) };
    case 'this_year':
      return { after: iso(Date.UTC(y, 0, 1)), before: iso(Date.UTC(y + 1, 0, 1)) };
  }
}
