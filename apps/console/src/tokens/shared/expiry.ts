/**
 * Expiry dates as the forms edit them: a calendar day (`<input type="date">`, `YYYY-MM-DD`) that means "until the
 * end of that day, UTC", so a token set to expire "today" still works today.
 */

/** `2027-01-31` → `2027-01-31T23:59:59.000Z`; empty → `null` (never expires). */
export function expiryFromDay(day: string): string | null {
  if (!day) return null;
  return `${day}T23:59:59.000Z`;
}

/** The day part of an expiry date, for a date input; `''` for none. */
export function dayFromExpiry(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** The day `days` from today (UTC), for defaults. */
export function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today (UTC), the earliest day a date input offers. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A message when the day is in the past, otherwise `undefined`. */
export function validateExpiryDay(day: string): string | undefined {
  if (!day) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) return 'Enter a valid date';
  if (day < today()) return 'The expiry date must be today or later';
  return undefined;
}
