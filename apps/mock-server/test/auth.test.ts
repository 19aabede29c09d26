import { describe, expect, it } from 'vitest';
import { AUTH_FAILURE_LIMIT } from '../src/index';
import { createToken, usePlatform } from './harness';

const start = usePlatform();
const INTEGRATIONS = [{ object: { id: 'MD-0007' } }];

describe('authentication failures', () => {
  it('AUTH_001 without credentials', async () => {
    const { api } = await start();
    const result = await api.get('/auth/tokens', { key: null });
    expect(result.status).toBe(401);
    expect(result.body.error_code).toBe('AUTH_001');
  });

  it('AUTH_002 for a malformed Authorization header', async () => {
    const { api } = await start();
    for (const key of ['Basic dXNlcjpwYXNz', 'ApiKey', 'ApiKey not-a-key', 'Bearer a b']) {
      const result = await api.get('/auth/tokens', { key });
      expect(result.status, key).toBe(401);
      expect(result.body.error_code, key).toBe('AUTH_002');
    }
  });

  it('AUTH_001 for an unknown id or a wrong secret, indistinguishably', async () => {
    const { api, platform } = await start();
    const id = platform.bootstrapKey.split(' ')[1]!.split(':')[0]!;
    const wrongSecret = await api.get('/auth/tokens', { key: `ApiKey ${id}:${'0'.repeat(40)}` });
    const unknownId = await api.get('/auth/tokens', { key: `ApiKey SU-111-222-333:${'0'.repeat(40)}` });
    expect(wrongSecret.body).toEqual(unknownId.body);
    expect(wrongSecret.body.error_code).toBe('AUTH_001');
  });

  it('AUTH_003 for an inactive token and AUTH_004 for an expired one', async () => {
    const { api, platform } = await start();
    const { id, key } = await createToken(api, { permissions: INTEGRATIONS, expiration_date: '2026-04-01T00:00:00Z' });
    await api.post(`/auth/tokens/${id}/deactivate`);
    expect((await api.get('/auth/context', { key })).body.error_code).toBe('AUTH_003');
    await api.post(`/auth/tokens/${id}/activate`);
    expect((await api.get('/auth/context', { key })).status).toBe(200);
    platform.clock.set('2026-04-01T00:00:00Z');
    const expired = await api.get('/auth/context', { key });
    expect(expired.status).toBe(401);
    expect(expired.body.error_code).toBe('AUTH_004');
  });

  it('AUTH_005 names the missing module', async () => {
    const { api } = await start();
    const { key } = await createToken(api, { permissions: [{ object: { id: 'MD-0003' } }] });
    expect((await api.get('/products', { key })).status).toBe(200);
    const denied = await api.get('/auth/tokens', { key });
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({
      error_code: 'AUTH_005',
      errors: [expect.stringContaining('MD-0007 (Integrations)')],
    });
    const subscriptions = await api.get('/subscriptions/assets', { key });
    expect(subscriptions.body.errors[0]).toContain('MD-0013 (Subscriptions)');
  });

  it('lets any valid token read the context, modules and extensions', async () => {
    const { api } = await start();
    const { key, id } = await createToken(api, { permissions: [] });
    const context = await api.get('/auth/context', { key });
    expect(context.body).toMatchObject({ token: { id }, permissions: [] });
    expect((await api.get('/modules', { key })).status).toBe(200);
    expect((await api.get('/modules/MD-0003', { key })).body).toMatchObject({ id: 'MD-0003', name: 'Catalog' });
    expect((await api.get('/extensions/EXT-002', { key })).body).toMatchObject({ id: 'EXT-002', name: 'Zapier' });
  });
});

describe('access rules', () => {
  it('AUTH_006 for blocked and not-allowed IPs, v4 and v6', async () => {
    const { api } = await start();
    const { key } = await createToken(api, {
      permissions: INTEGRATIONS,
      access_rules: { allowed_ips: ['203.0.113.0/24', '2001:db8::/32'], blocked_ips: ['203.0.113.66/32'] },
    });
    expect((await api.get('/auth/context', { key, ip: '203.0.113.7' })).status).toBe(200);
    expect((await api.get('/auth/context', { key, ip: '2001:db8::1' })).status).toBe(200);
    expect((await api.get('/auth/context', { key, ip: '::ffff:203.0.113.9' })).status).toBe(200);
    for (const ip of ['203.0.113.66', '198.51.100.1', '2001:db9::1']) {
      const denied = await api.get('/auth/context', { key, ip });
      expect(denied.status, ip).toBe(403);
      expect(denied.body.error_code, ip).toBe('AUTH_006');
    }
  });

  it('AUTH_006 when the account ACL excludes the caller', async () => {
    const { api } = await start();
    const { key } = await createToken(api, { permissions: INTEGRATIONS });
    const settings = await api.put(
      '/modules/integrations/settings',
      { acl: { ips: [{ name: 'Office', ip_range: ['10.0.0.0/8'] }] } },
      { ip: '10.1.2.3' },
    );
    expect(settings.status).toBe(200);
    expect((await api.get('/modules/integrations/settings', { ip: '10.1.2.3' })).body).toEqual({
      acl: { ips: [{ name: 'Office', ip_range: ['10.0.0.0/8'] }] },
    });
    expect((await api.get('/auth/context', { key, ip: '10.9.9.9' })).status).toBe(200);
    const outside = await api.get('/auth/context', { key, ip: '192.0.2.1' });
    expect(outside.body.error_code).toBe('AUTH_006');
  });

  it('AUTH_007 for blocked APIs and APIs outside the allow list', async () => {
    const { api } = await start();
    const { key, id } = await createToken(api, {
      permissions: INTEGRATIONS,
      access_rules: {
        allowed_apis: [{ method: 'GET', path: '/auth/*' }],
        blocked_apis: [{ method: '*', path: '/auth/tokens/*/audit' }],
      },
    });
    expect((await api.get('/auth/tokens', { key })).status).toBe(200);
    expect((await api.get(`/auth/tokens/${id}/audit`, { key })).body.error_code).toBe('AUTH_007');
    expect((await api.post('/auth/tokens', { name: 'x', extension: { id: 'EXT-000' } }, { key })).body.error_code).toBe(
      'AUTH_007',
    );
  });

  it('AUTH_008 with Retry-After once the rate limit is used up, until the window ends', async () => {
    const { api, platform } = await start();
    const { key } = await createToken(api, {
      permissions: INTEGRATIONS,
      rate_limit: { requests: 3, period_seconds: 60 },
    });
    for (let i = 0; i < 3; i++) expect((await api.get('/auth/context', { key })).status).toBe(200);
    const limited = await api.get('/auth/context', { key });
    expect(limited.status).toBe(429);
    expect(limited.body.error_code).toBe('AUTH_008');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    platform.clock.advance(Number(limited.headers.get('retry-after')) * 1000);
    expect((await api.get('/auth/context', { key })).status).toBe(200);
  });
});

describe('brute-force protection', () => {
  it(`bans an IP after ${AUTH_FAILURE_LIMIT} failures in a minute (AUTH_009), audited, other IPs unaffected`, async () => {
    const { api, platform } = await start();
    const bad = `ApiKey SU-111-222-333:${'a'.repeat(40)}`;
    const statuses: string[] = [];
    for (let i = 0; i < AUTH_FAILURE_LIMIT; i++)
      statuses.push((await api.get('/auth/context', { key: bad, ip: '198.51.100.7' })).body.error_code);
    expect(statuses.slice(0, -1).every((code) => code === 'AUTH_001')).toBe(true);
    expect(statuses.at(-1)).toBe('AUTH_009');
    // Even the right key is refused from the banned IP...
    const banned = await api.get('/auth/context', { ip: '198.51.100.7' });
    expect(banned.status).toBe(429);
    expect(banned.body.error_code).toBe('AUTH_009');
    expect(Number(banned.headers.get('retry-after'))).toBeGreaterThan(0);
    // ...but not from another IP.
    expect((await api.get('/auth/context', { ip: '198.51.100.8' })).status).toBe(200);
    const audit = await api.get('/auth/audit?reason=AUTH_009'.replace('reason=AUTH_009', 'type=token.access_denied'));
    expect(audit.body.some((event: any) => event.reason === 'AUTH_009' && event.details.ip_banned === true)).toBe(true);
    // The ban ends.
    platform.clock.advance(Number(banned.headers.get('retry-after')) * 1000);
    expect((await api.get('/auth/context', { ip: '198.51.100.7' })).status).toBe(200);
  });

  it('does not count failures older than the window', async () => {
    const { api, platform } = await start();
    const bad = `ApiKey SU-111-222-333:${'a'.repeat(40)}`;
    for (let i = 0; i < AUTH_FAILURE_LIMIT - 1; i++) await api.get('/auth/context', { key: bad, ip: '198.51.100.9' });
    platform.clock.advance(61_000);
    expect((await api.get('/auth/context', { key: bad, ip: '198.51.100.9' })).body.error_code).toBe('AUTH_001');
  });
});

describe('access accounting', () => {
  it('updates last_access and statistics on authenticated calls', async () => {
    const { api, platform } = await start();
    const { id, key } = await createToken(api, { permissions: [{ object: { id: 'MD-0003' } }] });
    expect((await api.get(`/auth/tokens/${id}`)).body.last_access).toBeNull();
    platform.clock.advance(5000);
    await api.get('/products', { key, ip: '203.0.113.5' });
    await api.get('/auth/tokens', { key, ip: '203.0.113.5' }); // 403, AUTH_005
    const token = (await api.get(`/auth/tokens/${id}`)).body;
    expect(token.last_access).toEqual({ at: '2026-03-01T12:00:05.000Z', ip: '203.0.113.5' });
    const summary = (await api.get(`/statistics/tokens/${id}/summary`)).body;
    expect(summary.statuses).toEqual([
      { code: '200', total: 1, since_last_reset: 1 },
      { code: '403', total: 1, since_last_reset: 1 },
    ]);
    expect(summary.denials).toEqual([{ reason: 'AUTH_005', total: 1 }]);
    expect(summary.started_tracking_at).toBe('2026-03-01T12:00:05.000Z');
    const aggregates = (await api.get(`/statistics/tokens/${id}/aggregates`)).body;
    expect(aggregates).toEqual({
      date: '2026-03-01',
      statuses: [
        { code: '200', count: 1 },
        { code: '403', count: 1 },
      ],
    });
  });

  it('audits every denial with its error code, and never a secret', async () => {
    const { api, platform } = await start();
    const { id, key } = await createToken(api, { permissions: [] });
    await api.get('/auth/tokens', { key });
    const wrong = `ApiKey ${id}:${'b'.repeat(40)}`;
    await api.get('/auth/tokens', { key: wrong });
    const events = (await api.get(`/auth/tokens/${id}/audit?type=token.access_denied`)).body;
    expect(events.map((e: any) => e.reason).sort()).toEqual(['AUTH_001', 'AUTH_005']);
    const everything = JSON.stringify((await api.get('/auth/audit?limit=1000')).body);
    const secret = key.split(':')[1]!;
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain('b'.repeat(40));
    expect(everything).not.toContain(platform.bootstrapKey.split(':')[1]!);
  });
});
