/**
 * Issue 21 item 2: write bodies are read as DRF reads them. Keys the write schema does not declare (and `readOnly`
 * ones) are ignored and named in `X-Connect-Ignored-Fields`; a wrong type or value of a declared field is still 400.
 */
import { describe, expect, it } from 'vitest';
import { createToken, usePlatform } from './harness';

const start = usePlatform();

describe('lenient write bodies', () => {
  it('accepts PUT of the whole object from GET with one field edited, and names what it ignored', async () => {
    const { api } = await start();
    const { id } = await createToken(api, { name: 'before', access_rules: { blocked_ips: ['10.0.0.0/8'] } });
    const got = await api.get(`/auth/tokens/${id}`);
    const edited = { ...got.body, name: 'after' };
    const result = await api.put(`/auth/tokens/${id}`, edited);
    expect(result.status).toBe(200);
    expect(result.body.name).toBe('after');
    const ignored = result.headers.get('x-connect-ignored-fields')!.split(', ');
    expect(ignored).toEqual([...ignored].sort());
    expect(ignored).toEqual(expect.arrayContaining(['id', 'events', 'extension', 'status']));
    // Declared fields of the GET shape are applied, not ignored.
    expect(ignored).not.toContain('name');
    expect(ignored).not.toContain('description');
    expect(result.body.access_rules.blocked_ips).toEqual(['10.0.0.0/8']);
  });

  it('names ignored nested keys as a.b', async () => {
    const { api } = await start();
    const { id } = await createToken(api);
    const result = await api.put(`/auth/tokens/${id}`, {
      access_rules: { blocked_ips: [], colour: 'red' },
      owner: { id: 'x' },
    });
    expect(result.status).toBe(200);
    expect(result.headers.get('x-connect-ignored-fields')).toBe('access_rules.colour, owner');
  });

  it('accepts undeclared keys on create and sends no header when nothing was ignored', async () => {
    const { api } = await start();
    const created = await api.post('/auth/tokens', {
      name: 'x',
      extension: { id: 'EXT-000' },
      colour: 'red',
      id: 'SU-999-999-999',
    });
    expect(created.status).toBe(201);
    expect(created.body.id).not.toBe('SU-999-999-999');
    expect(created.headers.get('x-connect-ignored-fields')).toBe('colour, id');
    const plain = await api.post('/auth/tokens', { name: 'y', extension: { id: 'EXT-000' } });
    expect(plain.headers.get('x-connect-ignored-fields')).toBeNull();
  });

  it('keeps 400 VAL_001 for a wrong type or value of a declared field', async () => {
    const { api } = await start();
    const { id } = await createToken(api);
    const wrongType = await api.put(`/auth/tokens/${id}`, { name: 42, id: 'ignored' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error_code).toBe('VAL_001');
    expect(wrongType.body.errors.join()).toContain('name');
    const wrongValue = await api.put(`/auth/tokens/${id}`, { name: '' });
    expect(wrongValue.status).toBe(400);
  });

  it('applies to webhooks too', async () => {
    const { api } = await start();
    const created = await api.post('/notifications/webhooks', {
      object_class: 'token',
      label: 'hook',
      external_url: 'https://hooks.example/x',
      jwt_secret: 's3cret-s3cret-s3cret',
      http_method: 'POST',
      description: 'Forwards token events',
      active: false,
    });
    expect(created.status, created.text).toBe(201);
    const result = await api.put(`/notifications/webhooks/${created.body.id}`, { ...created.body, label: 'renamed' });
    expect(result.status).toBe(200);
    expect(result.body.label).toBe('renamed');
    expect(result.headers.get('x-connect-ignored-fields')).toContain('id');
  });
});
