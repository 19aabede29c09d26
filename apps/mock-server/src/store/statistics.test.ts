import { describe, expect, it } from 'vitest';
import { createClock } from '../clock';
import { StatisticsStore } from './statistics';

describe('StatisticsStore', () => {
  it('counts each response under its UTC day, across midnight and when the clock goes back', () => {
    const clock = createClock('2026-03-01T23:59:59.999Z');
    const stats = new StatisticsStore(clock);
    stats.count('SU-1', 200);
    clock.advance(1);
    stats.count('SU-1', 200);
    stats.count('SU-1', 404);
    clock.set('2026-02-28T00:00:00.000Z');
    stats.count('SU-1', 200);
    clock.set('2030-01-01T12:00:00.000Z');
    stats.count('SU-1', 429, 'AUTH_008');
    const daily = Object.fromEntries(
      [...stats.get('SU-1')!.daily].map(([day, codes]) => [day, Object.fromEntries(codes)]),
    );
    expect(daily).toEqual({
      '2026-03-01': { '200': 1 },
      '2026-03-02': { '200': 1, '404': 1 },
      '2026-02-28': { '200': 1 },
      '2030-01-01': { '429': 1 },
    });
    expect(stats.get('SU-1')!.started_tracking_at).toBe('2026-03-01T23:59:59.999Z');
    expect(Object.fromEntries(stats.get('SU-1')!.denials)).toEqual({ AUTH_008: 1 });
  });

  it('counts since the last reset for codes seen before and after it, keeping totals across resets and days', () => {
    const clock = createClock('2026-03-01T12:00:00.000Z');
    const stats = new StatisticsStore(clock);
    stats.resetSince('SU-1');
    expect(stats.get('SU-1')).toBeUndefined();
    stats.count('SU-1', 200);
    stats.count('SU-1', 200);
    stats.count('SU-1', 404, 'GEN_404');
    stats.resetSince('SU-1');
    stats.count('SU-1', 200);
    clock.advance(86_400_000);
    stats.count('SU-1', 500);
    stats.count('SU-1', 404, 'GEN_404');
    stats.resetSince('SU-1');
    stats.count('SU-1', 500);
    const counted = stats.get('SU-1')!;
    expect(Object.fromEntries(counted.statuses)).toEqual({
      '200': { total: 3, since_last_reset: 0 },
      '404': { total: 2, since_last_reset: 0 },
      '500': { total: 2, since_last_reset: 1 },
    });
    expect(Object.fromEntries(counted.denials)).toEqual({ GEN_404: 2 });
    const daily = Object.fromEntries([...counted.daily].map(([day, codes]) => [day, Object.fromEntries(codes)]));
    expect(daily).toEqual({ '2026-03-01': { '200': 3, '404': 1 }, '2026-03-02': { '500': 2, '404': 1 } });
    expect(counted.started_tracking_at).toBe('2026-03-01T12:00:00.000Z');
  });
});
