import { describe, expect, it } from 'vitest';
import { formatRelative } from './relative-time';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('formatRelative', () => {
  it('says how far ahead an expiry is, in the largest whole unit', () => {
    expect(formatRelative('2026-03-04T12:00:00Z', NOW)).toBe('in 3 days');
    expect(formatRelative('2026-03-04T20:00:00Z', NOW)).toBe('in 3 days');
    expect(formatRelative('2026-03-02T12:00:00Z', NOW)).toBe('tomorrow');
    expect(formatRelative('2026-03-01T15:00:00Z', NOW)).toBe('in 3 hours');
    expect(formatRelative('2026-05-15T12:00:00Z', NOW)).toBe('in 2 months');
  });

  it('says how long ago a past date was', () => {
    expect(formatRelative('2026-02-26T12:00:00Z', NOW)).toBe('3 days ago');
    expect(formatRelative('2026-03-01T11:59:30Z', NOW)).toBe('less than a minute ago');
  });

  it('is empty without a readable date', () => {
    expect(formatRelative(null, NOW)).toBe('');
    expect(formatRelative('not a date', NOW)).toBe('');
  });
});
