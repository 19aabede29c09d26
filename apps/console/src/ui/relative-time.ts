/** "in 3 days", "2 hours ago", "today": how far a date is from now, in the largest unit that fits. */

const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** `iso` relative to `now` (ms), e.g. "in 3 days"; `''` for no date or an unreadable one. */
export function formatRelative(iso: string | null | undefined, now: number = Date.now()): string {
  if (!iso) return '';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const delta = at - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(delta) >= size) return RELATIVE.format(Math.trunc(delta / size), unit);
  }
  return delta >= 0 ? 'in less than a minute' : 'less than a minute ago';
}
