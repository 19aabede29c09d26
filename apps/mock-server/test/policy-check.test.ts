import { describe, expect, it } from 'vitest';
import { createToken, usePlatform } from './harness';

const start = usePlatform();

describe('policy check', () => {
  it('predicts exactly what the pipeline does, for a matrix of rules, requests and IPs', async () => {
    const { api, platform } = await start();
    const tokens = [
      await createToken(api, { permissions: [{ object: { id: 'MD-0007' } }] }),
      await createToken(api, {
        permissions: [{ object: { id: 'MD-0003' } }],
        access_rules: { blocked_ips: ['203.0.113.128/25'] },
      }),
      await createToken(api, {
        permissions: [{ object: { id: 'MD-0007' } }, { object: { id: 'MD-0013' } }],
        access_rules: {
          allowed_ips: ['2001:db8::/48', '203.0.113.0/26'],
          allowed_apis: [{ method: 'GET', path: '/*' }],
          blocked_apis: [{ method: '*', path: '/auth/audit' }],
        },
      }),
      await createToken(api, { permissions: [{ object: { id: 'MD-0007' } }], expiration_date: '2026-03-01T12:00:01Z' }),
    ];
    const inactive = await createToken(api, { permissions: [{ object: { id: 'MD-0007' } }] });
    await api.post(`/auth/tokens/${inactive.id}/deactivate`, undefined, { ip: '203.0.113.1' });
    tokens.push(inactive);
    await api.put(
      '/modules/integrations/settings',
      { acl: { ips: [{ name: 'Corp', ip_range: ['203.0.113.0/24', '198.51.100.0/24', '2001:db8::/32'] }] } },
      { ip: '203.0.113.1' },
    );
    platform.clock.advance(2000); // the fourth token is now expired

    const requests: [string, string][] = [
      ['GET', '/auth/context'],
      ['GET', '/auth/tokens'],
      ['GET', '/auth/audit'],
      ['GET', '/products'],
      ['GET', '/subscriptions/assets'],
      ['DELETE', '/auth/tokens/SU-000-000-001'],
      ['GET', '/modules/MD-0001'],
    ];
    const ips = ['203.0.113.5', '203.0.113.200', '198.51.100.7', '192.0.2.1', '2001:db8::5', '2001:db8:1:2::5'];
    let compared = 0;
    for (const token of tokens) {
      for (const [method, path] of requests) {
        for (const ip of ips) {
          const check = await api.post(`/auth/tokens/${token.id}/check`, { method, path, ip }, { ip: '203.0.113.1' });
          expect(check.status).toBe(200);
          const actual = await api.call(method, path, { key: token.key, ip });
          const actualCode =
            actual.status === 401 || actual.status === 403 || actual.status === 429 ? actual.body.error_code : null;
          expect({ method, path, ip, token: token.id, code: check.body.error_code }).toEqual({
            method,
            path,
            ip,
            token: token.id,
            code: actualCode,
          });
          expect(check.body.allowed).toBe(actualCode === null);
          if (!check.body.allowed) expect(actual.body.errors[0]).toBe(check.body.reason);
          compared++;
        }
      }
    }
    expect(compared).toBe(tokens.length * requests.length * ips.length);
  });

  it('reports the deciding rule and module, and does not consume rate limit', async () => {
    const { api } = await start();
    const { id, key } = await createToken(api, {
      permissions: [{ object: { id: 'MD-0003' } }],
      rate_limit: { requests: 1, period_seconds: 60 },
    });
    const denied = await api.post(`/auth/tokens/${id}/check`, {
      method: 'GET',
      path: '/public/v1/auth/tokens?limit=5',
    });
    expect(denied.body).toEqual({
      allowed: false,
      error_code: 'AUTH_005',
      reason: `Token ${id} lacks module MD-0007 (Integrations)`,
      rule: { kind: 'module', value: 'MD-0007' },
      module: { id: 'MD-0007', name: 'Integrations' },
    });
    for (let i = 0; i < 3; i++) {
      const allowed = await api.post(`/auth/tokens/${id}/check`, { method: 'GET', path: '/products' });
      expect(allowed.body).toMatchObject({
        allowed: true,
        error_code: null,
        rule: { kind: 'default', value: null },
        module: { id: 'MD-0003' },
      });
    }
    expect((await api.get('/products', { key })).status).toBe(200);
    const limited = await api.post(`/auth/tokens/${id}/check`, { method: 'GET', path: '/products' });
    expect(limited.body).toMatchObject({
      allowed: false,
      error_code: 'AUTH_008',
      rule: { kind: 'rate_limit', value: '1/60s' },
    });
  });

  it('validates its body', async () => {
    const { api } = await start();
    const { id } = await createToken(api);
    const bad = await api.post(`/auth/tokens/${id}/check`, { method: 'BREW', path: 'coffee', ip: 'kitchen' });
    expect(bad.status).toBe(400);
    expect(bad.body.error_code).toBe('VAL_001');
    expect(bad.body.errors.some((e: string) => e.startsWith('method: '))).toBe(true);
    const badIp = await api.post(`/auth/tokens/${id}/check`, { method: 'GET', path: '/products', ip: 'kitchen' });
    expect(badIp.body.errors).toEqual(['ip: must be an IPv4 or IPv6 address']);
  });
});
