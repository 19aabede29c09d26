import { describe, expect, it } from 'vitest';
import { callsByDay } from './calls-by-day';

describe('calls per day by status class', () => {
  it('adds the status codes of each day into classes, oldest day first, over at least a week', () => {
    const days = callsByDay([
      {
        date: '2026-03-02',
        statuses: [
          { code: '200', count: 5 },
          { code: '201', count: 1 },
          { code: '403', count: 2 },
        ],
      },
      {
        date: '2026-03-01',
        statuses: [
          { code: '500', count: 1 },
          { code: '429', count: 3 },
        ],
      },
    ]);
    expect(days.map((day) => day.date)).toEqual([
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(days[0]).toEqual({ date: '2026-02-24', counts: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 }, total: 0 });
    expect(days.slice(-2)).toEqual([
      { date: '2026-03-01', counts: { '2xx': 0, '3xx': 0, '4xx': 3, '5xx': 1 }, total: 4 },
      { date: '2026-03-02', counts: { '2xx': 6, '3xx': 0, '4xx': 2, '5xx': 0 }, total: 8 },
    ]);
  });

  it('counts the days without calls between two busy days as zero', () => {
    const days = callsByDay([
      { date: '2026-03-01', statuses: [{ code: '200', count: 1 }] },
      { date: '2026-03-12', statuses: [{ code: '200', count: 2 }] },
    ]);
    expect(days).toHaveLength(12);
    expect(days.filter((day) => day.total > 0).map((day) => day.date)).toEqual(['2026-03-01', '2026-03-12']);
  });

  it('accepts the single object of Connect’s spec and nothing at all', () => {
    expect(callsByDay({ date: '2026-03-01', statuses: [{ code: '200', count: 2 }] }).at(-1)?.total).toBe(2);
    expect(callsByDay(undefined)).toEqual([]);
  });
});
