import { describe, expect, it } from 'vitest';
import { callsByDay } from './calls-by-day';

describe('calls per day by status class', () => {
  it('adds the status codes of each day into classes, oldest day first', () => {
    const days = callsByDay([
      { date: '2026-03-02', statuses: [{ code: '200', count: 5 }, { code: '201', count: 1 }, { code: '403', count: 2 }] },
      { date: '2026-03-01', statuses: [{ code: '500', count: 1 }, { code: '429', count: 3 }] },
    ]);
    expect(days).toEqual([
      { date: '2026-03-01', counts: { '2xx': 0, '3xx': 0, '4xx': 3, '5xx': 1 }, total: 4 },
      { date: '2026-03-02', counts: { '2xx': 6, '3xx': 0, '4xx': 2, '5xx': 0 }, total: 8 },
    ]);
  });

  it('accepts the single object of Connect’s spec and nothing at all', () => {
    expect(callsByDay({ date: '2026-03-01', statuses: [{ code: '200', count: 2 }] })).toHaveLength(1);
    expect(callsByDay(undefined)).toEqual([]);
  });
});
