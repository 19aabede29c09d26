/**
 * `GET /auth/tokens` filters, searches and orders store records through field readers (`tokenList`) instead of wire
 * objects. These tests hold the readers to the wire: every `x-rql` field reads what the serialized token holds, and
 * whole queries answer exactly as evaluating them over the serialized tokens does.
 */
import { describe, expect, it } from 'vitest';
import { auditEventList, serializeAuditEvent, serializeTokenAt, tokenList } from '../src/handlers/serializers';
import { firstValue, isoTime, resolvePath } from '../src/rql';
import type { MockPlatform } from '../src/index';
import { createToken, usePlatform } from './harness';
import { listRules, referenceTokenList } from './token-list-reference';

const start = usePlatform();

/** A store with every kind of token: seeded ones, renewed, deactivated, without permissions, with odd text. */
async function varied() {
  const { platform, api } = await start({ seedTokens: 120 });
  await createToken(api, { name: 'No modules', extension: { id: 'EXT-002' }, permissions: [] });
  const renewed = await createToken(api, {
    name: 'Renewed ÉTÉ',
    description: '',
    expiration_date: '2026-03-20T00:00:00Z',
  });
  expect((await api.post(`/auth/tokens/${renewed.id}/renew`, { expiration_date: '2026-09-01T00:00:00Z' })).status).toBe(
    200,
  );
  const off = await createToken(api, { name: 'a*b\\c', external_id: 'ext-1', expiration_date: '2026-03-02T00:00:00Z' });
  expect((await api.post(`/auth/tokens/${off.id}/deactivate`)).status).toBe(200);
  platform.clock.advance(3 * 86_400_000);
  return { platform, api };
}

/** Asks the list for `query` and expects exactly what the generic evaluation over the serialized tokens gives. */
async function expectSameAsWire(platform: MockPlatform, api: Awaited<ReturnType<typeof start>>['api'], query: string) {
  const url = `/auth/tokens?${query}${query.includes('limit=') ? '' : '&limit=1000'}`;
  const response = await api.get(url);
  expect(response.status, url).toBe(200);
  // The reference: the generic evaluation over wire objects, at the same instant (the clock is frozen).
  const wire = referenceTokenList(platform, new URL(url, 'http://x').search);
  const offset = Number(new URL(url, 'http://x').searchParams.get('offset') ?? 0);
  const limit = Number(new URL(url, 'http://x').searchParams.get('limit'));
  // The calling token's `last_access` moves with every request, so it is compared without it.
  const comparable = (t: { id: string }) => (t.id === 'SU-000-000-000' ? { ...t, last_access: null } : t);
  expect(response.body.map(comparable), url).toEqual(wire.slice(offset, offset + limit).map(comparable));
  expect(wire.length, `${url} should match something`).toBeGreaterThan(0);
  expect(response.headers.get('content-range'), url).toMatch(new RegExp(`/${wire.length}$`));
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
        // The optional memos must say what filters would derive from the value themselves.
        if (!reader!.fansOut && reader!.time)
          expect(reader!.time(token), `${field} time`).toBe(typeof wire[0] === 'string' ? isoTime(wire[0]) : undefined);
        if (!reader!.fansOut && reader!.folded)
          expect(reader!.folded(token), `${field} folded`).toBe(
            typeof wire[0] === 'string' ? wire[0].toLowerCase() : undefined,
          );
      }
    }
  });

  it('answer filters, search and ordering exactly as evaluating them over the serialized tokens does', async () => {
    const { platform, api } = await varied();
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
      // Dates not in `toISOString()` form still compare chronologically.
      'ge(events.created.at,2026-03-01)',
      'lt(events.created.at,2026-03-01T13:00:00+01:00)',
    ];
    for (const query of queries) await expectSameAsWire(platform, api, query);
  });

  it('see a token changed, created or deleted after a list at once (memos, columns and the shared order are never stale)', async () => {
    const { platform, api } = await varied();
    const queries = [
      'ilike(name,*renamed*)',
      'search=RENAMED',
      'ge(events.created.at,2026-03-01)',
      'in(status,(active,expiring))',
      'limit=5',
    ];
    const one = await createToken(api, { name: 'Before', expiration_date: '2026-12-01T00:00:00Z' });
    // Fills every memo and the newest-first order.
    for (const query of ['ilike(name,*before*)', 'ge(events.created.at,2026-03-01)', 'status=active'])
      await expectSameAsWire(platform, api, query);
    expect((await api.put(`/auth/tokens/${one.id}`, { name: 'Renamed one' })).status).toBe(200);
    expect((await api.post(`/auth/tokens/${one.id}/deactivate`)).status).toBe(200);
    // Changed in place: the store's name column and the list's statuses see it without being rebuilt.
    for (const query of ['ilike(name,*renamed*)', 'search=RENAMED', 'status=inactive'])
      await expectSameAsWire(platform, api, query);
    const gone = platform.store.tokens.newestFirst()[3]!;
    expect((await api.del(`/auth/tokens/${gone.id}`)).status).toBe(204);
    await createToken(api, { name: 'Renamed two' });
    // A record replaced wholesale, as the seeding does, is seen too.
    const old = platform.store.tokens.newestFirst()[5]!;
    old.created = Object.freeze({ at: '2020-01-01T00:00:00.000Z', by: old.created.by });
    for (const query of queries) await expectSameAsWire(platform, api, query);
    const renamed = await api.get('/auth/tokens?ilike(name,*renamed*)');
    expect(renamed.body.map((t: { name: string; status: string }) => [t.name, t.status])).toEqual([
      ['Renamed two', 'active'],
      ['Renamed one', 'inactive'],
    ]);
    expect(
      (await api.get(`/auth/tokens?lt(events.created.at,2021-01-01)`)).body.map((t: { id: string }) => t.id),
    ).toEqual([old.id]);
    expect((await api.get('/auth/tokens?limit=1000')).body.some((t: { id: string }) => t.id === gone.id)).toBe(false);
  });

  it('read every x-rql field of an audit event exactly as it appears in the serialized event', async () => {
    const { platform, api } = await varied();
    await api.get('/auth/tokens?limit=1');
    await api.get('/auth/tokens', {
      key: 'ApiKey SU-000-000-000:0000000000000000000000000000000000000000',
      unchecked: true,
    });
    // An account-level event, about no token.
    const hook = {
      object_class: 'token',
      label: 'Hook',
      description: 'Audit test',
      external_url: 'https://hooks.test/x',
      jwt_secret: 'correct-horse-battery-staple-0123456789',
      active: false,
      http_method: 'POST',
    };
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
