import { describe, expect, it } from 'vitest';
import { createToken, usePlatform } from './harness';

const start = usePlatform();

async function seedNamed(api: Parameters<typeof createToken>[0]) {
  await createToken(api, {
    name: 'alpha prod',
    extension: { id: 'EXT-002' },
    permissions: [{ object: { id: 'MD-0003' } }],
  });
  await createToken(api, {
    name: 'beta staging',
    extension: { id: 'EXT-000' },
    expiration_date: '2026-03-05T00:00:00Z',
  });
  await createToken(api, {
    name: 'gamma prod',
    extension: { id: 'EXT-003' },
    permissions: [{ object: { id: 'MD-0003' } }, { object: { id: 'MD-0007' } }],
  });
}

describe('lists: RQL, search, ordering, select, pagination', () => {
  it('filters with equality parameters and RQL expressions', async () => {
    const { api } = await start();
    await seedNamed(api);
    const names = async (query: string) => (await api.get(`/auth/tokens?${query}`)).body.map((t: any) => t.name).sort();
    expect(await names('extension.id=EXT-002')).toEqual(['alpha prod']);
    expect(await names('ilike(name,*PROD*)')).toEqual(['alpha prod', 'gamma prod']);
    expect(await names('eq(permissions.object.id,MD-0003)')).toEqual(['Bootstrap admin', 'alpha prod', 'gamma prod']);
    expect(await names('and(eq(permissions.object.id,MD-0003),ne(id,SU-000-000-000))')).toEqual([
      'alpha prod',
      'gamma prod',
    ]);
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
    expect(past.body).toEqual([]);
    expect(past.headers.get('content-range')).toBe('items 10-10/4');
    const emptyPastStart = await api.get('/auth/tokens?limit=0&offset=3');
    expect(emptyPastStart.headers.get('content-range')).toBe('items 3-3/4');
  });

  it('answers RQL_001 for unknown fields, operators and bad syntax', async () => {
    const { api } = await start();
    for (const query of ['gt(name,a)', 'eq(name', 'ordering(token)', 'and()', 'select(', 'search=a&search=b']) {
      const result = await api.get(`/auth/tokens?${query}`);
      expect(result.status, query).toBe(400);
      expect(result.body.error_code, query).toBe('RQL_001');
    }
    const noSearch = await api.get('/auth/audit?search=x');
    expect(noSearch.body.error_code).toBe('RQL_001');
  });

  it('reads limit and offset as django-rql does: capped, or back to the default, never a 400', async () => {
    const { api } = await start();
    await seedNamed(api);
    const range = async (query: string) => {
      const result = await api.get(`/auth/tokens?${query}`);
      expect(result.status, query).toBe(200);
      return result.headers.get('content-range');
    };
    expect(await range('limit=1001')).toBe('items 0-3/4'); // capped at 1000
    expect(await range('limit=-1')).toBe('items 0-3/4'); // default (100)
    expect(await range('limit=abc')).toBe('items 0-3/4');
    expect(await range('limit=1&limit=2')).toBe('items 0-1/4'); // the last one counts
    expect(await range('offset=1.5&limit=1')).toBe('items 0-0/4'); // offset back to 0
    expect(await range('offset=-3&limit=2')).toBe('items 0-1/4');
    expect(await range('offset=x&limit=1')).toBe('items 0-0/4');
    const many = await api.get('/auth/tokens?limit=99999999999999999999');
    expect(many.body).toHaveLength(4);
  });

  it('ignores a filter on an undeclared property, as django-rql does, and names it in X-Connect-Ignored-Filters', async () => {
    const { api } = await start();
    await seedNamed(api);
    const all = await api.get('/auth/tokens?colour=red');
    expect(all.status).toBe(200);
    expect(all.body).toHaveLength(4);
    expect(all.headers.get('x-connect-ignored-filters')).toBe('colour');
    // Inside and/or/not only the undeclared term goes; the declared ones still filter.
    const narrowed = await api.get('/auth/tokens?and(eq(extension.id,EXT-002),eq(colour,red),not(eq(size,big)))');
    expect(narrowed.body.map((t: any) => t.name)).toEqual(['alpha prod']);
    expect(narrowed.headers.get('x-connect-ignored-filters')).toBe('colour, size');
    const either = await api.get('/auth/tokens?or(eq(extension.id,EXT-003),eq(typo,x))');
    expect(either.body.map((t: any) => t.name)).toEqual(['gamma prod']);
    const clean = await api.get('/auth/tokens?extension.id=EXT-002');
    expect(clean.headers.get('x-connect-ignored-filters')).toBeNull();
    // Ordering on an undeclared property stays an error, as in django-rql.
    const badOrder = await api.get('/auth/tokens?ordering(colour)');
    expect(badOrder.status).toBe(400);
    expect(badOrder.body.error_code).toBe('RQL_001');
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
