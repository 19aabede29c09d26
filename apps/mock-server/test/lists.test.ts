import { describe, expect, it } from 'vitest';
import { createToken, usePlatform } from './harness';

const start = usePlatform();

async function seedNamed(api: Parameters<typeof createToken>[0]) {
  await createToken(api, { name: 'alpha prod', extension: { id: 'EXT-002' }, permissions: [{ object: { id: 'MD-0003' } }] });
  await createToken(api, { name: 'beta staging', extension: { id: 'EXT-000' }, expiration_date: '2026-03-05T00:00:00Z' });
  await createToken(api, { name: 'gamma prod', extension: { id: 'EXT-003' }, permissions: [{ object: { id: 'MD-0003' } }, { object: { id: 'MD-0007' } }] });
}

describe('lists: RQL, search, ordering, select, pagination', () => {
  it('filters with equality parameters and RQL expressions', async () => {
    const { api } = await start();
    await seedNamed(api);
    const names = async (query: string) => (await api.get(`/auth/tokens?${query}`)).body.map((t: any) => t.name).sort();
    expect(await names('extension.id=EXT-002')).toEqual(['alpha prod']);
    expect(await names('ilike(name,*PROD*)')).toEqual(['alpha prod', 'gamma prod']);
    expect(await names('eq(permissions.object.id,MD-0003)')).toEqual(['Bootstrap admin', 'alpha prod', 'gamma prod']);
    expect(await names('and(eq(permissions.object.id,MD-0003),ne(id,SU-000-000-000))')).toEqual(['alpha prod', 'gamma prod']);
    expect(await names('status=expiring')).toEqual(['beta staging']);
    expect(await names('and(ilike(name,*prod*),eq(extension.id,EXT-003))')).toEqual(['gamma prod']);
    expect(await names('in(extension.id,(EXT-002,EXT-003))')).toEqual(['alpha prod', 'gamma prod']);
    expect(await names('expiration_date=null()')).toEqual(['Bootstrap admin', 'alpha prod', 'gamma prod']);
  });

  it('searches the x-rql search fields case-insensitively', async () => {
    const { api } = await start();
    await seedNamed(api);
    const found = await api.get('/auth/tokens?search=STAGING');
    expect(found.body.map((t: any) => t.name)).toEqual(['beta staging']);
  });

  it('orders, paginates with Content-Range and excludes fields with select', async () => {
    const { api } = await start();
    await seedNamed(api);
    const ordered = await api.get('/auth/tokens?ordering(-name)&limit=2');
    expect(ordered.body.map((t: any) => t.name)).toEqual(['gamma prod', 'beta staging']);
    expect(ordered.headers.get('content-range')).toBe('items 0-1/4');
    const next = await api.get('/auth/tokens?ordering(-name)&limit=2&offset=2');
    expect(next.body.map((t: any) => t.name)).toEqual(['alpha prod', 'Bootstrap admin']);
    expect(next.headers.get('content-range')).toBe('items 2-3/4');
    const empty = await api.get('/auth/tokens?limit=0');
    expect(empty.body).toEqual([]);
    expect(empty.headers.get('content-range')).toBe('items 0-0/4');
    const slim = await api.get('/auth/tokens?select(-access_rules,-last_access,-events)&limit=1');
    expect(slim.body[0]).not.toHaveProperty('access_rules');
    expect(slim.body[0]).not.toHaveProperty('last_access');
    // `events` is required by the Token schema, so it stays.
    expect(slim.body[0]).toHaveProperty('events');
    const past = await api.get('/auth/tokens?offset=10');
    expect(past.headers.get('content-range')).toBe('items 0-0/4');
  });

  it('answers RQL_001 for unknown fields, operators and bad syntax', async () => {
    const { api } = await start();
    for (const query of ['colour=red', 'gt(name,a)', 'eq(name', 'ordering(token)', 'and()', 'select(', 'search=a&search=b']) {
      const result = await api.get(`/auth/tokens?${query}`);
      expect(result.status, query).toBe(400);
      expect(result.body.error_code, query).toBe('RQL_001');
    }
    const noSearch = await api.get('/auth/audit?search=x');
    expect(noSearch.body.error_code).toBe('RQL_001');
  });

  it('answers VAL_001 for bad limit/offset', async () => {
    const { api } = await start();
    for (const query of ['limit=1001', 'limit=-1', 'limit=abc', 'offset=1.5', 'limit=1&limit=2']) {
      const result = await api.get(`/auth/tokens?${query}`);
      expect(result.status, query).toBe(400);
      expect(result.body.error_code, query).toBe('VAL_001');
      expect(result.body.errors[0], query).toMatch(/^(limit|offset): /);
    }
    expect((await api.get('/auth/tokens?limit=1000')).status).toBe(200);
  });

  it('lists module resources, modules and extensions with RQL', async () => {
    const { api } = await start();
    const products = await api.get('/products?status=active&ordering(name)');
    expect(products.body.length).toBeGreaterThan(0);
    expect(products.body.every((p: any) => p.status === 'active')).toBe(true);
    const modules = await api.get('/modules?search=integ');
    expect(modules.body).toMatchObject([{ id: 'MD-0007', name: 'Integrations' }]);
    expect(modules.body[0].paths).toContain('/auth/tokens');
    const extensions = await api.get('/extensions?ordering(-id)&limit=1');
    expect(extensions.body).toMatchObject([{ id: 'EXT-004' }]);
  });

  it('filters the audit trail by type, token and time', async () => {
    const { api, platform } = await start();
    const { id } = await createToken(api);
    platform.clock.advance(60_000);
    await api.put(`/auth/tokens/${id}`, { name: 'renamed' });
    const updates = await api.get(`/auth/audit?type=token.updated&token.id=${id}`);
    expect(updates.body).toHaveLength(1);
    const later = await api.get(`/auth/audit?ge(at,2026-03-01T12:00:30Z)`);
    expect(later.body.map((e: any) => e.type)).toEqual(['token.updated']);
  });
});
