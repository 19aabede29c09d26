/**
 * `GET /auth/tokens` filters, searches and orders store records through field readers (`tokenList`) instead of wire
 * objects. These tests hold the readers to the wire: every `x-rql` field reads what the serialized token holds, and
 * whole queries answer exactly as evaluating them over the serialized tokens does.
 */
import { parseQuery } from '@connect-tokens/protocol';
import { describe, expect, it } from 'vitest';
import { auditEventList, serializeAuditEvent, serializeTokenAt, tokenList } from '../src/handlers/serializers';
import { compileFilter, compileSort, firstValue, resolvePath } from '../src/rql';
import type { MockPlatform } from '../src/index';
import { createToken, usePlatform } from './harness';

const start = usePlatform();

function listRules(platform: MockPlatform, path = '/auth/tokens') {
  const operation = platform.spec.operations.find((op) => op.method === 'GET' && op.path === path);
  if (!operation?.rql) throw new Error(`GET ${path} has no x-rql`);
  return operation.rql;
}

/** A store with every kind of token: seeded ones, renewed, deactivated, without permissions, with odd text. */
async function varied() {
  const { platform, api } = await start({ seedTokens: 120 });
  await createToken(api, { name: 'No modules', extension: { id: 'EXT-002' }, permissions: [] });
  const renewed = await createToken(api, { name: 'Renewed ÉTÉ', description: '', expiration_date: '2026-03-20T00:00:00Z' });
  expect((await api.post(`/auth/tokens/${renewed.id}/renew`, { expiration_date: '2026-09-01T00:00:00Z' })).status).toBe(200);
  const off = await createToken(api, { name: 'a*b\\c', external_id: 'ext-1', expiration_date: '2026-03-02T00:00:00Z' });
  expect((await api.post(`/auth/tokens/${off.id}/deactivate`)).status).toBe(200);
  platform.clock.advance(3 * 86_400_000);
  return { platform, api };
}

describe('token list field readers', () => {
  it('read every x-rql field of a token exactly as it appears in the serialized token', async () => {
    const { platform } = await varied();
    const rules = listRules(platform);
    const fields = new Set([...Object.keys(rules.filters), ...rules.ordering, ...rules.search]);
    const now = platform.clock.now();
    const { fields: readers } = tokenList(now);
    for (const field of fields) {
      const reader = readers?.[field];
      expect(reader, `no reader for ${field}`).toBeDefined();
      for (const token of platform.store.tokens.list()) {
        const wire = resolvePath(serializeTokenAt(token, now), field.split('.'));
        const read = reader!.fansOut ? [...reader!.read(token)] : [reader!.read(token)];
        expect(read, `${field} of ${token.id}`).toEqual(wire);
        expect(firstValue(reader!, token)).toEqual(wire[0]);
      }
    }
  });

  it('answer filters, search and ordering exactly as evaluating them over the serialized tokens does', async () => {
    const { platform, api } = await varied();
    const rules = listRules(platform);
    const queries = [
      'and(in(status,(active,expiring)),ilike(name,*a*),ge(events.created.at,2025-01-01T00:00:00Z),ne(extension.id,EXT-999))',
      'status=expired',
      'out(status,(active))&ordering(status,-name)',
      'eq(permissions.object.id,MD-0003)',
      'eq(permissions.id,null())',
      'ilike(permissions.object.id,md-000*)&ordering(-events.created.at)',
      'like(permissions.id,PM-*)',
      'or(eq(description,empty()),eq(description,null()))',
      'ne(description,null())&ordering(expiration_date)',
      'gt(expiration_date,2026-03-10)&ordering(-expiration_date,id)',
      'le(events.created.at,2025-06-01T00:00:00.000Z)',
      'eq(expiration_date,null())',
      'in(external_id,(ext-1,null()))',
      'eq(extension.name,Zapier)&ordering(extension.id,name)',
      'ilike(events.created.by.name,*ADMIN*)',
      'not(eq(events.created.by.id,UR-000-000-000))',
      'like(name,a\\*b*)',
      'ilike(name,*été*)',
      'in(id,(SU-000-000-000,nope))',
      'search=billing&ordering(name)',
      'search=su-&limit=1000',
      'ordering(-status,events.created.at)&limit=50&offset=10',
    ];
    for (const query of queries) {
      const url = `/auth/tokens?${query}${query.includes('limit=') ? '' : '&limit=1000'}`;
      const response = await api.get(url);
      expect(response.status, url).toBe(200);
      // The reference: the generic evaluation over wire objects, at the same instant (the clock is frozen).
      const now = platform.clock.now();
      const parsed = parseQuery(new URL(url, 'http://x').search);
      let wire = platform.store.tokens.list().reverse().map((token) => serializeTokenAt(token, now));
      if (parsed.filter) wire = wire.filter(compileFilter(parsed.filter, { fields: rules.filters }));
      const needle = parsed.search?.trim().toLowerCase();
      if (needle) wire = wire.filter((t) => rules.search.some((f) => resolvePath(t, f.split('.')).some((v) => v != null && String(v).toLowerCase().includes(needle))));
      if (parsed.ordering.length > 0) wire = compileSort(parsed.ordering, rules.ordering)(wire);
      const offset = Number(new URL(url, 'http://x').searchParams.get('offset') ?? 0);
      const limit = Number(new URL(url, 'http://x').searchParams.get('limit'));
      // The calling token's `last_access` moves with every request, so it is compared without it.
      const comparable = (t: { id: string }) => (t.id === 'SU-000-000-000' ? { ...t, last_access: null } : t);
      expect(response.body.map(comparable), url).toEqual(wire.slice(offset, offset + limit).map(comparable));
      expect(wire.length, `${url} should match something`).toBeGreaterThan(0);
      expect(response.headers.get('content-range'), url).toMatch(new RegExp(`/${wire.length}$`));
    }
  });

  it('read every x-rql field of an audit event exactly as it appears in the serialized event', async () => {
    const { platform, api } = await varied();
    await api.get('/auth/tokens?limit=1');
    await api.get('/auth/tokens', { key: 'ApiKey SU-000-000-000:0000000000000000000000000000000000000000', unchecked: true });
    // An account-level event, about no token.
    const hook = { object_class: 'token', label: 'Hook', description: 'Audit test', external_url: 'https://hooks.test/x', jwt_secret: 'correct-horse-battery-staple-0123456789', active: false, http_method: 'POST' };
    const made = await api.post('/notifications/webhooks', hook);
    expect(made.status, made.text).toBe(201);
    const events = platform.store.audit.all();
    expect(events.some((e) => e.token === null)).toBe(true);
    expect(new Set(events.map((e) => e.type)).size).toBeGreaterThan(3);
    expect(events.some((e) => e.actor === null) && events.some((e) => e.actor !== null)).toBe(true);
    for (const path of ['/auth/audit', '/auth/tokens/{pk}/audit']) {
      const rules = listRules(platform, path);
      for (const field of new Set([...Object.keys(rules.filters), ...rules.ordering, ...rules.search])) {
        const reader = auditEventList.fields?.[field];
        expect(reader, `no reader for ${field}`).toBeDefined();
        for (const event of events) {
          const read = reader!.fansOut ? [...reader!.read(event)] : [reader!.read(event)];
          expect(read, `${field} of ${event.id}`).toEqual(resolvePath(serializeAuditEvent(event), field.split('.')));
        }
      }
    }
  });
});
