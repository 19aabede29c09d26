import { describe, expect, it } from 'vitest';
import { createClock } from '../clock';
import { AUDIT_LOG_CAPACITY, AuditLog } from './audit-log';

describe('AuditLog', () => {
  it('keeps the newest AUDIT_LOG_CAPACITY entries, in order, however many were recorded', () => {
    const log = new AuditLog(createClock('2026-03-01T12:00:00.000Z'));
    const seen: string[] = [];
    log.onAppend((event) => seen.push(event.id));
    const total = AUDIT_LOG_CAPACITY * 2 + 123;
    for (let i = 0; i < total; i++)
      log.record({
        type: 'token.updated',
        token: { id: i % 2 === 0 ? 'SU-EVEN' : 'SU-ODD', name: 'x' },
        details: { i },
      });
    expect(seen).toHaveLength(total);
    const all = log.all();
    expect(all).toHaveLength(AUDIT_LOG_CAPACITY);
    expect(all[0]!.details.i).toBe(total - AUDIT_LOG_CAPACITY);
    expect(all.at(-1)!.details.i).toBe(total - 1);
    expect(all.every((event, index) => event.details.i === total - AUDIT_LOG_CAPACITY + index)).toBe(true);
    const odd = log.forToken('SU-ODD');
    expect(odd).toHaveLength(AUDIT_LOG_CAPACITY / 2);
    expect(odd).toEqual(all.filter((event) => event.token?.id === 'SU-ODD'));
  });

  it('drops entries beyond capacity from forToken even before all() is read', () => {
    const log = new AuditLog(createClock('2026-03-01T12:00:00.000Z'));
    log.record({ type: 'token.created', token: { id: 'SU-FIRST', name: 'x' } });
    for (let i = 0; i < AUDIT_LOG_CAPACITY; i++)
      log.record({ type: 'token.updated', token: { id: 'SU-OTHER', name: 'x' } });
    expect(log.forToken('SU-FIRST')).toEqual([]);
    expect(log.forToken('SU-OTHER')).toHaveLength(AUDIT_LOG_CAPACITY);
    log.clear();
    expect(log.all()).toEqual([]);
    expect(log.record({ type: 'token.created' }).id).toBe('AE-000-000-001');
  });
});
