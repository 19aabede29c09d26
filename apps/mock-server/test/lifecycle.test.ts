import { describe, expect, it } from 'vitest';
import { createToken, usePlatform } from './harness';

const start = usePlatform();
const INTEGRATIONS = [{ object: { id: 'MD-0007' } }];

describe('token lifecycle', () => {
  it('activate/deactivate follow canTransition; illegal ones are TKN_001', async () => {
    const { api } = await start();
    const { id } = await createToken(api);
    expect((await api.post(`/auth/tokens/${id}/activate`)).body.error_code).toBe('TKN_001');
    const off = await api.post(`/auth/tokens/${id}/deactivate`);
    expect(off.body.status).toBe('inactive');
    expect((await api.post(`/auth/tokens/${id}/deactivate`)).body.error_code).toBe('TKN_001');
    expect((await api.post(`/auth/tokens/${id}/renew`)).body.error_code).toBe('TKN_001');
    expect((await api.post(`/auth/tokens/${id}/activate`)).body.status).toBe('active');
  });

  it('derives expiring and expired from the clock, and audits token.expired once, lazily', async () => {
    const { api, platform } = await start();
    const { id } = await createToken(api, { expiration_date: '2026-03-20T12:00:00Z' });
    expect((await api.get(`/auth/tokens/${id}`)).body.status).toBe('active');
    platform.clock.set('2026-03-06T12:00:00Z');
    expect((await api.get(`/auth/tokens/${id}`)).body.status).toBe('expiring');
    platform.clock.set('2026-03-20T12:00:00Z');
    expect((await api.get(`/auth/tokens/${id}`)).body.status).toBe('expired');
    await api.get(`/auth/tokens/${id}`);
    await api.get('/auth/tokens');
    const expired = (await api.get(`/auth/tokens/${id}/audit?type=token.expired`)).body;
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({ type: 'token.expired', actor: null, token: { id } });
    expect((await api.post(`/auth/tokens/${id}/activate`)).body.error_code).toBe('TKN_001');
    expect((await api.post(`/auth/tokens/${id}/rotate`)).body.error_code).toBe('TKN_001');
  });

  it('renew: new key at once, the old key keeps working until its own expiry', async () => {
    const { api, platform } = await start();
    const { id, key: oldKey } = await createToken(api, {
      permissions: INTEGRATIONS,
      expiration_date: '2026-03-10T00:00:00Z',
    });
    const renewed = await api.post(`/auth/tokens/${id}/renew`, { expiration_date: '2027-03-01T00:00:00Z' });
    expect(renewed.status).toBe(200);
    const newKey = renewed.body.token as string;
    expect(newKey).toMatch(/:[0-9a-f]{40}$/);
    expect(newKey).not.toBe(oldKey);
    expect(renewed.body).toMatchObject({
      expiration_date: '2027-03-01T00:00:00.000Z',
      renewed_expiration_date: '2026-03-10T00:00:00.000Z',
      renewed_token: `ApiKey ${id}:****${oldKey.slice(-4)}`,
    });
    expect((await api.get('/auth/context', { key: oldKey })).status).toBe(200);
    expect((await api.get('/auth/context', { key: newKey })).status).toBe(200);
    platform.clock.set('2026-03-10T00:00:00Z');
    const old = await api.get('/auth/context', { key: oldKey });
    expect(old.body.error_code).toBe('AUTH_004');
    expect((await api.get('/auth/context', { key: newKey })).status).toBe(200);
    expect((await api.get(`/auth/tokens/${id}`)).body.renewed_token).toBeNull();
  });

  it('renew of a token without expiry gives no grace period', async () => {
    const { api } = await start();
    const { id, key } = await createToken(api, { permissions: INTEGRATIONS });
    const renewed = await api.post(`/auth/tokens/${id}/renew`, {});
    expect(renewed.body).toMatchObject({ renewed_token: null, renewed_expiration_date: null, expiration_date: null });
    expect((await api.get('/auth/context', { key })).body.error_code).toBe('AUTH_001');
  });

  it('renew revives an expired token', async () => {
    const { api, platform } = await start();
    const { id } = await createToken(api, { permissions: INTEGRATIONS, expiration_date: '2026-03-02T00:00:00Z' });
    platform.clock.set('2026-03-05T00:00:00Z');
    const renewed = await api.post(`/auth/tokens/${id}/renew`, { expiration_date: '2026-06-01T00:00:00Z' });
    expect(renewed.body.status).toBe('active');
    expect((await api.get('/auth/context', { key: renewed.body.token })).status).toBe(200);
  });

  it('rotate kills the old key at once, also for an inactive token', async () => {
    const { api } = await start();
    const { id, key } = await createToken(api, { permissions: INTEGRATIONS, expiration_date: '2026-12-01T00:00:00Z' });
    await api.post(`/auth/tokens/${id}/deactivate`);
    const rotated = await api.post(`/auth/tokens/${id}/rotate`, { expiration_date: '2027-01-01T00:00:00Z' });
    expect(rotated.status).toBe(200);
    expect(rotated.body).toMatchObject({ status: 'inactive', renewed_token: null });
    await api.post(`/auth/tokens/${id}/activate`);
    expect((await api.get('/auth/context', { key })).body.error_code).toBe('AUTH_001');
    expect((await api.get('/auth/context', { key: rotated.body.token })).status).toBe(200);
  });

  it('records lifecycle events in the audit trail with the acting token', async () => {
    const { api, platform } = await start();
    const { id } = await createToken(api);
    await api.post(`/auth/tokens/${id}/deactivate`);
    await api.post(`/auth/tokens/${id}/activate`);
    await api.post(`/auth/tokens/${id}/rotate`);
    const events = (await api.get(`/auth/tokens/${id}/audit?ordering(at)`)).body;
    expect(events.map((e: any) => e.type)).toEqual([
      'token.created',
      'token.deactivated',
      'token.activated',
      'token.rotated',
    ]);
    const adminId = platform.bootstrapKey.split(' ')[1]!.split(':')[0];
    expect(events.every((e: any) => e.actor.id === adminId && e.ip === '127.0.0.1')).toBe(true);
  });
});

describe('permissions', () => {
  it('grants, lists and revokes modules; invalid changes are TKN_002', async () => {
    const { api } = await start();
    const { id, key } = await createToken(api, { permissions: [] });
    expect((await api.get('/products', { key })).body.error_code).toBe('AUTH_005');
    const granted = await api.post(`/auth/tokens/${id}/permissions`, { object: { id: 'MD-0003' } });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ object: { id: 'MD-0003', name: 'Catalog' } });
    expect((await api.get('/products', { key })).status).toBe(200);
    expect((await api.post(`/auth/tokens/${id}/permissions`, { object: { id: 'MD-0003' } })).body.error_code).toBe(
      'TKN_002',
    );
    expect((await api.post(`/auth/tokens/${id}/permissions`, { object: { id: 'MD-0099' } })).body.error_code).toBe(
      'TKN_002',
    );
    await api.post(`/auth/tokens/${id}/permissions`, { object: { id: 'MD-0001' } });
    const list = await api.get(`/auth/tokens/${id}/permissions?ordering(-object.id)`);
    expect(list.body.map((p: any) => p.object.id)).toEqual(['MD-0003', 'MD-0001']);
    expect((await api.del(`/auth/tokens/${id}/permissions/MD-0003`)).status).toBe(204);
    expect((await api.del(`/auth/tokens/${id}/permissions/MD-0003`)).body.error_code).toBe('TKN_002');
    expect((await api.del(`/auth/tokens/${id}/permissions/MD-0099`)).body.error_code).toBe('TKN_002');
    const permissionId = list.body[1].id;
    expect((await api.del(`/auth/tokens/${id}/permissions/${permissionId}`)).status).toBe(204);
    await api.post(`/auth/tokens/${id}/permissions`, { object: { id: 'MD-0005' } });
    expect((await api.del(`/auth/tokens/${id}/permissions`)).status).toBe(204);
    expect((await api.get(`/auth/tokens/${id}/permissions`)).body).toEqual([]);
    expect((await api.get('/products', { key })).body.error_code).toBe('AUTH_005');
  });
});
