import { describe, expect, it } from 'vitest';
import { createToken, usePlatform } from './harness';

const start = usePlatform();

describe('tokens CRUD', () => {
  it('creates a token and shows the full key only in the create response', async () => {
    const { api } = await start();
    const created = await api.post('/auth/tokens', {
      name: 'Billing sync',
      description: 'Pushes usage',
      extension: { id: 'EXT-002' },
      permissions: [{ object: { id: 'MD-0007' } }],
    });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^ApiKey SU-\d{3}-\d{3}-\d{3}:[0-9a-f]{40}$/);
    expect(created.body).toMatchObject({
      name: 'Billing sync',
      status: 'active',
      extension: { id: 'EXT-002', name: 'Zapier' },
    });
    expect(created.body.permissions.map((p: any) => p.object.id)).toEqual(['MD-0007']);

    const fetched = await api.get(`/auth/tokens/${created.body.id}`);
    expect(fetched.status).toBe(200);
    const secret = created.body.token.split(':')[1];
    expect(fetched.body.token).toBe(`ApiKey ${created.body.id}:****${secret.slice(-4)}`);
    expect(fetched.text).not.toContain(secret);
  });

  it('authenticates with the new key (ApiKey, bare and Bearer forms)', async () => {
    const { api } = await start();
    const { key } = await createToken(api, { permissions: [{ object: { id: 'MD-0007' } }] });
    const secret = key.split(':')[1]!;
    for (const auth of [key, key.replace('ApiKey ', ''), `Bearer ${secret}`]) {
      const me = await api.get('/auth/context', { key: auth });
      expect(me.status).toBe(200);
    }
  });

  it('lists tokens with Content-Range and masked keys', async () => {
    const { api } = await start();
    for (let i = 0; i < 3; i++) await createToken(api, { name: `t${i}` });
    const page = await api.get('/auth/tokens?limit=2&offset=1');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-range')).toBe('items 1-2/4');
    expect(page.body).toHaveLength(2);
    for (const token of page.body) expect(token.token).toMatch(/:\*{4}[0-9a-f]{4}$/);
  });

  it('updates only the fields present (partial PUT)', async () => {
    const { api } = await start();
    const { id } = await createToken(api, { name: 'Before', description: 'keep me' });
    const updated = await api.put(`/auth/tokens/${id}`, { name: 'After' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'After', description: 'keep me' });
    const cleared = await api.put(`/auth/tokens/${id}`, {
      description: null,
      rate_limit: { requests: 5, period_seconds: 60 },
    });
    expect(cleared.body).toMatchObject({
      name: 'After',
      description: null,
      rate_limit: { requests: 5, period_seconds: 60 },
    });
  });

  it('deletes a token: 204, then 404, gone from lists, and its key gets AUTH_001', async () => {
    const { api } = await start();
    const { id, key } = await createToken(api, { permissions: [{ object: { id: 'MD-0007' } }] });
    expect((await api.get('/auth/context', { key })).status).toBe(200);
    const deleted = await api.del(`/auth/tokens/${id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await api.get(`/auth/tokens/${id}`)).body.error_code).toBe('GEN_404');
    const list = await api.get(`/auth/tokens?id=${id}`);
    expect(list.body).toEqual([]);
    const denied = await api.get('/auth/context', { key });
    expect(denied.status).toBe(401);
    expect(denied.body.error_code).toBe('AUTH_001');
  });

  it('rejects invalid bodies with field-prefixed VAL_001 messages', async () => {
    const { api } = await start();
    const tooLong = await api.post('/auth/tokens', { name: 'x'.repeat(129), extension: { id: 'EXT-000' } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toEqual({ error_code: 'VAL_001', errors: ['name: must NOT have more than 128 characters'] });
    const missing = await api.post('/auth/tokens', { extension: { id: 'EXT-000' } });
    expect(missing.body.errors).toContain('name: this field is required');
    const unknownExtension = await api.post('/auth/tokens', { name: 'x', extension: { id: 'EXT-999' } });
    expect(unknownExtension.body.errors[0]).toMatch(/^extension\.id: /);
    const badCidr = await api.post('/auth/tokens', {
      name: 'x',
      extension: { id: 'EXT-000' },
      access_rules: { allowed_ips: ['10.0.0.300/8'] },
    });
    expect(badCidr.body.error_code).toBe('VAL_001');
    expect(badCidr.body.errors[0]).toMatch(/^access_rules\.allowed_ips\.0: /);
    const pastExpiry = await api.post('/auth/tokens', {
      name: 'x',
      extension: { id: 'EXT-000' },
      expiration_date: '2020-01-01T00:00:00Z',
    });
    expect(pastExpiry.body.errors).toEqual(['expiration_date: must be in the future']);
  });

  it('rejects unknown or duplicate modules at creation with TKN_002', async () => {
    const { api } = await start();
    const unknown = await api.post('/auth/tokens', {
      name: 'x',
      extension: { id: 'EXT-000' },
      permissions: [{ object: { id: 'MD-0099' } }],
    });
    expect(unknown.body.error_code).toBe('TKN_002');
    const twice = await api.post('/auth/tokens', {
      name: 'x',
      extension: { id: 'EXT-000' },
      permissions: [{ object: { id: 'MD-0001' } }, { object: { id: 'MD-0001' } }],
    });
    expect(twice.body.error_code).toBe('TKN_002');
  });

  it('404s unknown tokens on every token path', async () => {
    const { api } = await start();
    for (const [method, path] of [
      ['GET', '/auth/tokens/SU-999-999-999'],
      ['PUT', '/auth/tokens/SU-999-999-999'],
      ['DELETE', '/auth/tokens/SU-999-999-999'],
      ['POST', '/auth/tokens/SU-999-999-999/activate'],
      ['GET', '/auth/tokens/SU-999-999-999/permissions'],
      ['GET', '/auth/tokens/SU-999-999-999/audit'],
      ['GET', '/statistics/tokens/SU-999-999-999/summary'],
    ] as const) {
      const result = await api.call(method, path, method === 'PUT' ? { body: {} } : {});
      expect(result.status, `${method} ${path}`).toBe(404);
    }
  });
});

describe('token list order', () => {
  it('lists newest first by default', async () => {
    const { api } = await start();
    await createToken(api, { name: 'first' });
    await createToken(api, { name: 'second' });
    const names = (await api.get('/auth/tokens')).body.map((t: any) => t.name);
    expect(names).toEqual(['second', 'first', 'Bootstrap admin']);
  });
});
