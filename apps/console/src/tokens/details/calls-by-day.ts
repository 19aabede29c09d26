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

/**
 * The API's daily aggregates as calls per day by status class, oldest first. Accepts the array this emulator
 * returns and the single object Connect's spec shows.
 */
export function callsByDay(aggregates: readonly TokenStatisticsAggregate[] | TokenStatisticsAggregate | null | undefined): DayCalls[] {
  const days = aggregates == null ? [] : Array.isArray(aggregates) ? aggregates : [aggregates as TokenStatisticsAggregate];
  return days
    .map((day) => {
      const counts: Record<StatusClass, number> = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
      for (const status of day.statuses) {
        const key = `${String(status.code).charAt(0)}xx`;
        if (key in counts) counts[key as StatusClass] += status.count;
      }
      return { date: day.date, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
