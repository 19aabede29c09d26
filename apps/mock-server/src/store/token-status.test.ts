import { EXPIRING_WINDOW_MS, effectiveStatus } from '@connect-tokens/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClock } from '../clock';
import { createRandom } from '../random';
import { tokenStatus } from './token-status';
import { TokenStore } from './token-store';

const T0 = Date.parse('2026-03-01T12:00:00.000Z');

async function newToken(expiration_date: string | null, active = true) {
  const store = new TokenStore(createClock(T0), createRandom(1));
  const secret = await store.mintSecret();
  return store.insert({ name: 't', extension: { id: 'EXT-000', name: 'Custom' }, expiration_date, active }, secret, {
    id: 'UR-1',
    name: 'u',
  });
}

describe('tokenStatus', () => {
  it('is effectiveStatus at every instant, whatever the expiration date looks like', async () => {
    const token = await newToken(null);
    const expiration = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -60, max: 60 }).map((days) => new Date(T0 + days * 86_400_000).toISOString()),
      fc.constantFrom('2026-03-15T12:00:00Z', '2026-03-15', 'not a date', ''),
    );
    const now = fc.oneof(
      fc.integer({ min: T0 - 90 * 86_400_000, max: T0 + 90 * 86_400_000 }),
      fc.constantFrom(T0, T0 + 14 * 86_400_000, T0 + 14 * 86_400_000 - 1, T0 - EXPIRING_WINDOW_MS),
    );
    fc.assert(
      fc.property(expiration, fc.boolean(), now, (date, active, at) => {
        // The same record, changed in place as handlers and tests do: the memo must follow every change.
        token.expiration_date = date;
        token.active = active;
        expect(tokenStatus(token, at)).toBe(effectiveStatus(token, at));
      }),
      { numRuns: 2000 },
    );
  });

  it('follows a new expiration date at once', async () => {
    const token = await newToken('2026-03-10T00:00:00.000Z');
    expect(tokenStatus(token, T0)).toBe('expiring');
    token.expiration_date = '2026-02-01T00:00:00.000Z';
    expect(tokenStatus(token, T0)).toBe('expired');
    token.expiration_date = '2027-01-01T00:00:00.000Z';
    expect(tokenStatus(token, T0)).toBe('active');
    token.active = false;
    expect(tokenStatus(token, T0)).toBe('inactive');
  });
});
