/**
 * Brute force: repeated failed authentications from one IP are limited (429 AUTH_009 with Retry-After = a temporary
 * ban), the ban is audited, a correct key from another IP still works, the ban ends on time, and over real HTTP a
 * client cannot dodge it by sending its own `x-mock-client-ip`.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AUTH_BAN_MS,
  AUTH_FAILURE_LIMIT,
  AUTH_FAILURE_WINDOW_MS,
  CLIENT_IP_HEADER,
  startMockServer,
  type MockPlatform,
  type MockServer,
} from '@connect-tokens/mock-server';
import { contractViolations, send, startPlatform } from './support/emulator';

const ATTACKER = '203.0.113.66';
const OTHER = '198.51.100.10';
const WRONG = `ApiKey SU-000-000-000:${'0'.repeat(40)}`;

let platform: MockPlatform;

async function call(key: string | null, ip: string, path = '/auth/context') {
  const headers: Record<string, string> = { [CLIENT_IP_HEADER]: ip };
  if (key !== null) headers.authorization = key;
  const result = await send(platform, 'GET', path, { headers });
  if (!result) throw new Error('connection dropped');
  expect(contractViolations('GET', path, result)).toEqual([]);
  return result;
}

/** The failures that ban: a mix of wrong secrets, unknown ids, bearer guesses and malformed headers. */
const GUESSES = (i: number) =>
  [
    WRONG,
    `ApiKey SU-123-456-789:${'a'.repeat(40)}`,
    `Bearer ${i.toString(16).padStart(40, 'f')}`,
    'ApiKey garbage',
    `SU-000-000-000:${'1'.repeat(40)}`,
  ][i % 5]!;

beforeEach(async () => {
  ({ platform } = await startPlatform({ seed: 'brute' }));
});

describe('failed authentications from one IP', () => {
  it(`are answered 401 up to the limit, then 429 AUTH_009 with Retry-After: a ${AUTH_BAN_MS / 60_000}-minute ban`, async () => {
    expect(AUTH_FAILURE_LIMIT).toBeGreaterThan(1);
    for (let i = 1; i < AUTH_FAILURE_LIMIT; i++) {
      const result = await call(GUESSES(i), ATTACKER);
      expect(result.status, `attempt ${i}`).toBe(401);
    }
    const banned = await call(GUESSES(0), ATTACKER);
    expect(banned.status).toBe(429);
    expect(banned.body.error_code).toBe('AUTH_009');
    expect(Number(banned.headers.get('retry-after'))).toBe(AUTH_BAN_MS / 1000);
    // Banned means banned: more guesses, and even the right key, from that IP.
    for (const key of [WRONG, platform.bootstrapKey, null]) {
      const result = await call(key, ATTACKER);
      expect(result.status).toBe(429);
      expect(result.body.error_code).toBe('AUTH_009');
      expect(Number(result.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('leave other IPs alone: a correct key from another address works during the ban', async () => {
    for (let i = 0; i < AUTH_FAILURE_LIMIT; i++) await call(GUESSES(i), ATTACKER);
    expect((await call(platform.bootstrapKey, ATTACKER)).status).toBe(429);
    const other = await call(platform.bootstrapKey, OTHER);
    expect(other.status).toBe(200);
    expect(other.body.token.id).toBe('SU-000-000-000');
    // IPv6 and another IPv4 in the same /24 are other addresses too.
    expect((await call(platform.bootstrapKey, '203.0.113.67')).status).toBe(200);
    expect((await call(platform.bootstrapKey, '2001:db8::66')).status).toBe(200);
  });

  it('are audited: each failure as token.access_denied, and the ban with its IP and duration', async () => {
    for (let i = 0; i < AUTH_FAILURE_LIMIT; i++) await call(GUESSES(i), ATTACKER);
    const denied = platform.store.audit.all().filter((e) => e.type === 'token.access_denied' && e.ip === ATTACKER);
    const failures = denied.filter((e) => e.reason === 'AUTH_001' || e.reason === 'AUTH_002');
    expect(failures.length).toBe(AUTH_FAILURE_LIMIT);
    const bans = denied.filter((e) => e.reason === 'AUTH_009');
    expect(bans.length).toBe(1);
    expect(bans[0]!.details).toMatchObject({ ip_banned: true, retry_after_seconds: AUTH_BAN_MS / 1000 });
    // Visible through the API, to an admin on another IP.
    const trail = await call(platform.bootstrapKey, OTHER, `/auth/audit?eq(type,token.access_denied)&limit=1000`);
    expect(trail.status).toBe(200);
    expect(
      (trail.body as { ip: string; reason: string }[]).some((e) => e.ip === ATTACKER && e.reason === 'AUTH_009'),
    ).toBe(true);
    // The guessed secrets are not in the trail.
    expect(JSON.stringify(platform.store.audit.all())).not.toContain('0'.repeat(40));
    expect(JSON.stringify(platform.store.audit.all())).not.toContain('a'.repeat(40));
  });

  it('end exactly when the ban does: 1 ms before still 429, at the end the right key works again', async () => {
    for (let i = 0; i < AUTH_FAILURE_LIMIT; i++) await call(GUESSES(i), ATTACKER);
    platform.clock.advance(AUTH_BAN_MS - 1);
    expect((await call(platform.bootstrapKey, ATTACKER)).status).toBe(429);
    platform.clock.advance(1);
    expect((await call(platform.bootstrapKey, ATTACKER)).status).toBe(200);
  });

  it(`only count within ${AUTH_FAILURE_WINDOW_MS / 1000} s: slow guessing is not banned, fast guessing is`, async () => {
    const spacing = Math.ceil(AUTH_FAILURE_WINDOW_MS / (AUTH_FAILURE_LIMIT - 1)) + 1;
    for (let i = 0; i < AUTH_FAILURE_LIMIT * 2; i++) {
      expect((await call(GUESSES(i), ATTACKER)).status).toBe(401);
      platform.clock.advance(spacing);
    }
    expect((await call(platform.bootstrapKey, ATTACKER)).status).toBe(200);
  });

  it('a successful call does not reset the count (no "one good, nineteen bad" loophole)', async () => {
    for (let i = 1; i < AUTH_FAILURE_LIMIT; i++) {
      await call(GUESSES(i), ATTACKER);
      if (i % 5 === 0) expect((await call(platform.bootstrapKey, ATTACKER)).status).toBe(200);
    }
    expect((await call(GUESSES(0), ATTACKER)).status).toBe(429);
  });
});

describe('over real HTTP', () => {
  let http: MockServer | undefined;
  afterAll(async () => http?.close());

  it('bans the socket address; a client-chosen x-mock-client-ip does not dodge the ban', async () => {
    http = await startMockServer({ handlers: platform.handlers, port: 0, origin: 'http://127.0.0.1:4010' });
    const url = `${http.url}/public/v1/auth/context`;
    let last: Response | undefined;
    for (let i = 0; i < AUTH_FAILURE_LIMIT; i++) {
      // Every attempt claims to come from a different address.
      last = await fetch(url, { headers: { authorization: GUESSES(i), [CLIENT_IP_HEADER]: `10.9.${i}.1` } });
      await last.arrayBuffer();
    }
    expect(last!.status).toBe(429);
    const spoofed = await fetch(url, { headers: { authorization: platform.bootstrapKey, [CLIENT_IP_HEADER]: OTHER } });
    expect(spoofed.status).toBe(429);
    expect((await spoofed.json()).error_code).toBe('AUTH_009');
    // In-process, another address is still served.
    expect((await call(platform.bootstrapKey, OTHER)).status).toBe(200);
  });
});
