import type { TokenStatisticsAggregate } from '@connect-tokens/sdk';

/** Classes of HTTP status, as the chart stacks them. */
export const STATUS_CLASSES = [
  { id: '2xx', label: 'Successful (2xx)' },
  { id: '3xx', label: 'Redirected (3xx)' },
  { id: '4xx', label: 'Refused or invalid (4xx)' },
  { id: '5xx', label: 'Server errors (5xx)' },
] as const;

export type StatusClass = (typeof STATUS_CLASSES)[number]['id'];

/** One day of calls, counted by status class. */
export interface DayCalls {
  date: string;
  counts: Record<StatusClass, number>;
  total: number;
}

/** Days the chart shows at least, so that one busy day reads as a day among others rather than a lone bar. */
export const MIN_DAYS = 7;

/** The UTC day `days` before `date` (both `YYYY-MM-DD`). */
export function dayBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Daily aggregates (one object per day, in Connect's shape) as calls per day by status class, oldest first, every day
 * from the first to the last (a day that was not fetched counts zero), and at least a week.
 */
export function callsByDay(
  aggregates: readonly TokenStatisticsAggregate[] | TokenStatisticsAggregate | null | undefined,
): DayCalls[] {
  const days =
    aggregates == null ? [] : Array.isArray(aggregates) ? aggregates : [aggregates as TokenStatisticsAggregate];
  const counted = days
    .map((day) => {
      const counts: Record<StatusClass, number> = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
      for (const status of day.statuses) {
        const key = `${String(status.code).charAt(0)}xx`;
        if (key in counts) counts[key as StatusClass] += status.count;
      }
      return { date: day.date, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  const last = counted[counted.length - 1];
  if (!last) return [];
  const byDate = new Map(counted.map((day) => [day.date, day]));
  const earliest = dayBefore(last.date, MIN_DAYS - 1);
  // biome-ignore lint/complexity/useMathMinMax: these are ISO date strings, which Math.min cannot compare.
  const first = counted[0]!.date < earliest ? counted[0]!.date : earliest;
  const out: DayCalls[] = [];
  for (let date = first; date <= last.date; date = dayBefore(date, -1)) {
    out.push(byDate.get(date) ?? { date, counts: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 }, total: 0 });
  }
  return out;
}
