/**
 * Clock boundaries, one millisecond on each side: expiry (a token works until the instant before its expiration date
 * and not at it), the 14-day expiring window, the renew grace period of the previous key, rotate (no grace), future
 * dates on create/renew, the lazily audited `token.expired`, and the rate-limit window. Time is the emulator's frozen
 * clock, moved with `clock.set` / `clock.advance`; nothing sleeps.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER, type MockPlatform } from '@connect-tokens/mock-server';
import { EXPIRING_WINDOW_MS } from '@connect-tokens/protocol';
import { contractViolations, DAY_MS, send, startPlatform, T0_MS } from './support/emulator';

let platform: MockPlatform;
let ipCounter = 0;

async function call(method: string, path: string, key: string, body?: unknown) {
  // A fresh address per call: the failures these tests provoke on purpose must not add up to a brute-force ban.
  ipCounter += 1;
  const result = await send(platform, method, path, {
    headers: {
      authorization: key,
      'content-type': 'application/json',
      [CLIENT_IP_HEADER]: `10.7.${ipCounter >> 8}.${ipCounter & 255}`,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!result) throw new Error('connection dropped');
  expect(contractViolations(method, path, result)).toEqual([]);
  return result;
}
const whoami = (key: string) => call('GET', '/auth/context', key);
const statusOf = async (id: string) =>
  (await call('GET', `/auth/tokens/${id}`, platform.bootstrapKey)).body.status as string;
const at = (ms: number) => platform.clock.set(ms);
const iso = (ms: number) => new Date(ms).toISOString();

beforeEach(async () => {
  ({ platform } = await startPlatform({ seed: 'clock' }));
});

describe('expiry', () => {
  it('a key works 1 ms before its expiration date, and is refused (401 AUTH_004) at it and 1 ms after', async () => {
    const expires = T0_MS + 30 * DAY_MS;
    const { token, key } = await platform.issueToken({ expiration_date: iso(expires) });
    at(expires - 1);
    expect((await whoami(key)).status).toBe(200);
    expect(await statusOf(token.id)).toBe('expiring');
    at(expires);
    const refused = await whoami(key);
    expect(refused.status).toBe(401);
    expect(refused.body.error_code).toBe('AUTH_004');
    expect(await statusOf(token.id)).toBe('expired');
    at(expires + 1);
    expect((await whoami(key)).status).toBe(401);
  });

  it('token.expired is audited once, on the first look at or after the expiration date, not before', async () => {
    const expires = T0_MS + 3 * DAY_MS;
    const { token } = await platform.issueToken({ expiration_date: iso(expires) });
    const expiredEvents = () => platform.store.audit.forToken(token.id).filter((e) => e.type === 'token.expired');
    at(expires - 1);
    await statusOf(token.id);
    expect(expiredEvents()).toEqual([]);
    at(expires);
    await statusOf(token.id);
    await call('GET', '/auth/tokens', platform.bootstrapKey);
    expect(expiredEvents().length).toBe(1);
    expect(expiredEvents()[0]!.at).toBe(iso(expires));
  });
});

describe('the expiring window', () => {
  it(`starts exactly ${EXPIRING_WINDOW_MS / DAY_MS} days before expiry, in the token and in the status filter`, async () => {
    const expires = T0_MS + 60 * DAY_MS;
    const { token } = await platform.issueToken({ expiration_date: iso(expires) });
    const inFilter = async (status: string) =>
      (
        (await call('GET', `/auth/tokens?eq(status,${status})&limit=100`, platform.bootstrapKey)).body as {
          id: string;
        }[]
      ).some((t) => t.id === token.id);

    at(expires - EXPIRING_WINDOW_MS - 1);
    expect(await statusOf(token.id)).toBe('active');
    expect(await inFilter('active')).toBe(true);
    expect(await inFilter('expiring')).toBe(false);
    at(expires - EXPIRING_WINDOW_MS);
    expect(await statusOf(token.id)).toBe('expiring');
    expect(await inFilter('active')).toBe(false);
    expect(await inFilter('expiring')).toBe(true);
    at(expires);
    expect(await inFilter('expiring')).toBe(false);
    expect(await inFilter('expired')).toBe(true);
  });

  it('a deactivated token stays inactive across every boundary', async () => {
    const expires = T0_MS + 20 * DAY_MS;
    const { token } = await platform.issueToken({ expiration_date: iso(expires), active: false });
    for (const t of [
      expires - EXPIRING_WINDOW_MS - 1,
      expires - EXPIRING_WINDOW_MS,
      expires - 1,
      expires,
      expires + 1,
    ]) {
      at(t);
      expect(await statusOf(token.id)).toBe('inactive');
    }
  });
});

describe('renew grace and rotate', () => {
  it('after renew, the previous key works until 1 ms before the old expiration date; the new key until the new one', async () => {
    const oldExpiry = T0_MS + 10 * DAY_MS;
    const newExpiry = T0_MS + 100 * DAY_MS;
    const { token, key: oldKey } = await platform.issueToken({ expiration_date: iso(oldExpiry) });
    at(T0_MS + DAY_MS);
    const renewed = await call('POST', `/auth/tokens/${token.id}/renew`, platform.bootstrapKey, {
      expiration_date: iso(newExpiry),
    });
    expect(renewed.status).toBe(200);
    const newKey = renewed.body.token as string;
    expect(renewed.body.renewed_expiration_date).toBe(iso(oldExpiry));
    expect(renewed.body.status).toBe('active');

    at(oldExpiry - 1);
    expect((await whoami(oldKey)).status).toBe(200);
    expect((await whoami(newKey)).status).toBe(200);
    expect((await call('GET', `/auth/tokens/${token.id}`, platform.bootstrapKey)).body.renewed_token).not.toBeNull();
    at(oldExpiry);
    const refused = await whoami(oldKey);
    expect(refused.status).toBe(401);
    expect(refused.body.error_code).toBe('AUTH_004');
    expect((await whoami(newKey)).status).toBe(200);
    const shown = (await call('GET', `/auth/tokens/${token.id}`, platform.bootstrapKey)).body;
    expect(shown.renewed_token).toBeNull();
    expect(shown.renewed_expiration_date).toBeNull();
    at(newExpiry - 1);
    expect((await whoami(newKey)).status).toBe(200);
    at(newExpiry);
    expect((await whoami(newKey)).status).toBe(401);
  });

  it('renewing an already expired token gives the old key no grace at all', async () => {
    const expires = T0_MS + 5 * DAY_MS;
    const { token, key: oldKey } = await platform.issueToken({ expiration_date: iso(expires) });
    at(expires + 1);
    const renewed = await call('POST', `/auth/tokens/${token.id}/renew`, platform.bootstrapKey, {
      expiration_date: iso(expires + 30 * DAY_MS),
    });
    expect(renewed.status).toBe(200);
    expect(renewed.body.renewed_expiration_date).toBeNull();
    expect((await whoami(oldKey)).status).toBe(401);
    expect((await whoami(renewed.body.token)).status).toBe(200);
  });

  it('renewing a token without expiry gives the old key no (unbounded) grace', async () => {
    const { token, key: oldKey } = await platform.issueToken({ expiration_date: null });
    const renewed = await call('POST', `/auth/tokens/${token.id}/renew`, platform.bootstrapKey, {});
    expect(renewed.status).toBe(200);
    expect((await whoami(oldKey)).status).toBe(401);
    expect((await whoami(renewed.body.token)).status).toBe(200);
  });

  it('rotate revokes the previous key at once, even 1 ms after the rotation and long before its expiry', async () => {
    const { token, key: oldKey } = await platform.issueToken({ expiration_date: iso(T0_MS + 200 * DAY_MS) });
    const rotated = await call('POST', `/auth/tokens/${token.id}/rotate`, platform.bootstrapKey, {});
    expect(rotated.status).toBe(200);
    expect((await whoami(oldKey)).status).toBe(401);
    platform.clock.advance(1);
    expect((await whoami(oldKey)).status).toBe(401);
    expect((await whoami(rotated.body.token)).status).toBe(200);
  });
});

describe('dates in requests', () => {
  it('an expiration date must be in the future: now is refused, now + 1 ms is accepted', async () => {
    const now = platform.clock.now();
    const base = { name: 'Boundary', extension: { id: 'EXT-000' } };
    const atNow = await call('POST', '/auth/tokens', platform.bootstrapKey, { ...base, expiration_date: iso(now) });
    expect(atNow.status).toBe(400);
    expect(atNow.body.error_code).toBe('VAL_001');
    const justAfter = await call('POST', '/auth/tokens', platform.bootstrapKey, {
      ...base,
      expiration_date: iso(now + 1),
    });
    expect(justAfter.status).toBe(201);
    expect(justAfter.body.status).toBe('expiring');
    // And it lives exactly that one millisecond.
    const key = justAfter.body.token as string;
    expect((await whoami(key)).status).toBe(200);
    platform.clock.advance(1);
    expect((await whoami(key)).status).toBe(401);

    const { token } = await platform.issueToken({});
    const renewAtNow = await call('POST', `/auth/tokens/${token.id}/renew`, platform.bootstrapKey, {
      expiration_date: iso(platform.clock.now()),
    });
    expect(renewAtNow.status).toBe(400);
  });
});

describe('the rate-limit window', () => {
  it('refuses the request over the limit until 1 ms before the window ends, and serves it at the boundary', async () => {
    const period = 60;
    const windowStart = Math.ceil(T0_MS / (period * 1000)) * period * 1000;
    at(windowStart);
    const { key } = await platform.issueToken({ rate_limit: { requests: 2, period_seconds: period } });
    expect((await whoami(key)).status).toBe(200);
    expect((await whoami(key)).status).toBe(200);
    const limited = await whoami(key);
    expect(limited.status).toBe(429);
    expect(limited.body.error_code).toBe('AUTH_008');
    expect(Number(limited.headers.get('retry-after'))).toBe(period);
    at(windowStart + period * 1000 - 1);
    const last = await whoami(key);
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBe(1);
    at(windowStart + period * 1000);
    expect((await whoami(key)).status).toBe(200);
  });
});
