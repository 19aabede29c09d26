import { describe, expect, it } from 'vitest';
import { canTransition, effectiveStatus, EXPIRING_WINDOW_MS } from './token-lifecycle';

const expires = Date.parse('2027-01-31T00:00:00.000Z');
const token = { active: true, expiration_date: new Date(expires).toISOString() };

describe('effectiveStatus', () => {
  it('is active until the expiring window opens, to the millisecond', () => {
    expect(effectiveStatus(token, expires - EXPIRING_WINDOW_MS - 1)).toBe('active');
    expect(effectiveStatus(token, expires - EXPIRING_WINDOW_MS)).toBe('expiring');
  });

  it('is expired from the expiration instant on', () => {
    expect(effectiveStatus(token, expires - 1)).toBe('expiring');
    expect(effectiveStatus(token, expires)).toBe('expired');
  });

  it('never expires without an expiration date, and inactive wins over time', () => {
    expect(effectiveStatus({ active: true, expiration_date: null }, expires * 2)).toBe('active');
    expect(effectiveStatus({ ...token, active: false }, expires + 1)).toBe('inactive');
  });
});

describe('canTransition', () => {
  it('allows renewing an expired token but not activating it', () => {
    expect(canTransition('expired', 'renew')).toBe(true);
    expect(canTransition('expired', 'activate')).toBe(false);
  });

  it('refuses to activate an active token or deactivate an inactive one', () => {
    expect(canTransition('active', 'activate')).toBe(false);
    expect(canTransition('inactive', 'deactivate')).toBe(false);
    expect(canTransition('inactive', 'activate')).toBe(true);
  });
});
