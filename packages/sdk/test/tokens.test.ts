import { describe, expect, it } from 'vitest';
import { AuthenticationError, BadRequestError, NotFoundError, rql } from '../src/index';
import { usePlatform } from './support/platform';

const t = usePlatform();
const newToken = (name = 'Billing sync') =>
  t.client.tokens.create({ name, extension: { id: 'EXT-000' }, permissions: [{ object: { id: 'MD-0007' } }] });

describe('client.tokens against the emulator', () => {
  it('whoami() returns the calling token and its account', async () => {
    const me = await t.client.whoami();
    expect(me.token?.id).toBe('SU-000-000-000');
    expect(me.account.id).toBeTruthy();
  });

  it('whoami() carries Connect’s user: the calling token as a system user', async () => {
    const created = await newToken('Context reader');
    const me = await t.clientWith({ apiKey: created.token }).whoami();
    expect(me.user).toEqual({ id: created.id, name: 'Context reader' });
  });

  it('create() takes the extension by Connect’s type name, and tokens carry their handle', async () => {
    const created = await t.client.tokens.create({ name: 'By name', extension: { name: 'zapier' } });
    expect(created.extension).toMatchObject({ id: 'EXT-002', name: 'Zapier' });
    expect(created.handle).toBe(created.id);
    await expect(t.client.tokens.create({ name: 'Bad', extension: { name: 'nope' } })).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });

  it('create() returns the full key once; get() shows it masked', async () => {
    const created = await newToken();
    expect(created.id).toMatch(/^SU-\d{3}-\d{3}-\d{3}$/);
    expect(created.token).toMatch(/^ApiKey SU-\d{3}-\d{3}-\d{3}:[0-9a-f]{40}$/);
    const fetched = await t.client.tokens.get(created.id);
    expect(fetched.name).toBe('Billing sync');
    expect(fetched.token).toMatch(/:\*\*\*\*/);
  });

  it('the created key works as a client of its own', async () => {
    const created = await newToken();
    const me = await t.clientWith({ apiKey: created.token }).whoami();
    expect(me.token?.id).toBe(created.id);
  });

  it('update() changes only the given fields', async () => {
    const created = await newToken();
    const updated = await t.client.tokens.update(created.id, { description: 'new words' });
    expect(updated).toMatchObject({ name: 'Billing sync', description: 'new words' });
  });

  it('delete() removes the token: get() is 404 and its key is 401', async () => {
    const created = await newToken();
    await t.client.tokens.delete(created.id);
    await expect(t.client.tokens.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(t.clientWith({ apiKey: created.token }).whoami()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('deactivate() and activate() move the status', async () => {
    const created = await newToken();
    await expect(t.client.tokens.deactivate(created.id)).resolves.toMatchObject({ status: 'inactive' });
    await expect(t.clientWith({ apiKey: created.token }).whoami()).rejects.toMatchObject({ errorCode: 'AUTH_003' });
    await expect(t.client.tokens.activate(created.id)).resolves.toMatchObject({ status: 'active' });
  });

  it('an illegal transition is a BadRequestError TKN_001', async () => {
    const created = await newToken();
    await expect(t.client.tokens.activate(created.id)).rejects.toMatchObject({ status: 400, errorCode: 'TKN_001' });
  });

  it('rotate() issues a new key and the old one stops working', async () => {
    const created = await newToken();
    const rotated = await t.client.tokens.rotate(created.id);
    expect(rotated.token).not.toBe(created.token);
    await expect(t.clientWith({ apiKey: rotated.token }).whoami()).resolves.toBeTruthy();
    await expect(t.clientWith({ apiKey: created.token }).whoami()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('renew() issues a new key and keeps the old one valid until its own expiry', async () => {
    const created = await t.client.tokens.create({
      name: 'expiring',
      extension: { id: 'EXT-000' },
      expiration_date: '2026-12-01T00:00:00Z',
    });
    const renewed = await t.client.tokens.renew(created.id, { expiration_date: '2027-01-01T00:00:00Z' });
    expect(Date.parse(renewed.expiration_date!)).toBe(Date.parse('2027-01-01T00:00:00Z'));
    await expect(t.clientWith({ apiKey: renewed.token }).whoami()).resolves.toBeTruthy();
    await expect(t.clientWith({ apiKey: created.token }).whoami()).resolves.toBeTruthy();
  });

  it('permissions.grant/list/revoke/revokeAll manage modules', async () => {
    const created = await newToken();
    const granted = await t.client.tokens.permissions.grant(created.id, 'MD-0003');
    expect(granted.object.id).toBe('MD-0003');
    const modules = (await t.client.tokens.permissions.list(created.id).toArray()).map((p) => p.object.id);
    expect(modules.sort()).toEqual(['MD-0003', 'MD-0007']);
    await t.client.tokens.permissions.revoke(created.id, 'MD-0003');
    expect(await t.client.tokens.permissions.list(created.id).count()).toBe(1);
    await t.client.tokens.permissions.revokeAll(created.id);
    expect(await t.client.tokens.permissions.list(created.id).count()).toBe(0);
    await expect(t.client.tokens.permissions.revoke(created.id, 'MD-0003')).rejects.toBeInstanceOf(BadRequestError);
  });

  it('list() filters with RQL and orders', async () => {
    await newToken('alpha');
    await newToken('beta');
    const names = await t.client.tokens
      .list(
        t.client.tokens
          .query()
          .filter(rql.ilike('name', '*a*'))
          .filter((r) => r.ne('id', 'SU-000-000-000'))
          .ordering('name'),
      )
      .toArray();
    expect(names.map((x) => x.name)).toEqual(['alpha', 'beta']);
    const text = await t.client.tokens.list('eq(name,beta)').toArray();
    expect(text.map((x) => x.name)).toEqual(['beta']);
  });

  it('audit() lists what happened to the token', async () => {
    const created = await newToken();
    await t.client.tokens.rotate(created.id);
    const types = (await t.client.tokens.audit(created.id).toArray()).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['token.created', 'token.rotated']));
    const rotations = await t.client.auditEvents.list(rql.eq('type', 'token.rotated')).toArray();
    expect(rotations.map((e) => e.token?.id)).toEqual([created.id]);
  });

  it('statistics.summary() and aggregates() describe the token’s requests', async () => {
    const created = await newToken();
    await t.clientWith({ apiKey: created.token }).whoami();
    const summary = await t.client.tokens.statistics.summary(created.id);
    expect(summary).toBeTypeOf('object');
    const today = await t.client.tokens.statistics.aggregates(created.id);
    expect(today).toEqual({
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      statuses: [{ code: '200', count: 1 }],
    });
    const otherDay = await t.client.tokens.statistics.aggregates(created.id, '2020-01-01');
    expect(otherDay).toEqual({ date: '2020-01-01', statuses: [] });
  });

  it('checkAccess() explains a denial without making the call', async () => {
    const created = await newToken();
    const allowed = await t.client.tokens.checkAccess(created.id, { method: 'GET', path: '/auth/tokens' });
    expect(allowed.allowed).toBe(true);
    const denied = await t.client.tokens.checkAccess(created.id, { method: 'GET', path: '/products' });
    expect(denied).toMatchObject({ allowed: false, error_code: 'AUTH_005' });
  });

  it('modules and extensions can be listed and fetched', async () => {
    const modules = await t.client.modules.list().toArray();
    expect(modules.map((m) => m.id)).toContain('MD-0007');
    await expect(t.client.modules.get('MD-0007')).resolves.toMatchObject({ id: 'MD-0007' });
    const extensions = await t.client.extensions.list().toArray();
    expect(extensions.map((e) => e.id)).toContain('EXT-000');
    await expect(t.client.extensions.get('EXT-000')).resolves.toMatchObject({ id: 'EXT-000' });
  });
});
