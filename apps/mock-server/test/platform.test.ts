import { describe, expect, it } from 'vitest';
import { createMockPlatform } from '../src/index';
import { client, usePlatform } from './harness';

const start = usePlatform();

describe('createMockPlatform', () => {
  it('uses a fixed bootstrap key when given one, and refuses a malformed one', async () => {
    const key = `ApiKey SU-000-000-042:${'0123456789'.repeat(4)}`;
    const { api, platform } = await start({ bootstrapKey: key });
    expect(platform.bootstrapKey).toBe(key);
    expect((await api.get('/auth/context', { key })).body.token.id).toBe('SU-000-000-042');
    expect(() => createMockPlatform({ bootstrapKey: 'ApiKey SU-1:short' })).toThrow(/bootstrapKey/);
  });

  it('seeds realistic tokens reproducibly for a seed, with secrets that differ every run', async () => {
    const a = createMockPlatform({ seed: 'demo', now: '2026-03-01T00:00:00Z', seedTokens: 15 });
    const b = createMockPlatform({ seed: 'demo', now: '2026-03-01T00:00:00Z', seedTokens: 15 });
    await Promise.all([a.ready, b.ready]);
    const view = (p: typeof a) =>
      p.store.tokens.list().map((t) => [t.id, t.name, t.extension.id, t.expiration_date, t.active]);
    expect(view(a)).toEqual(view(b));
    expect(a.store.tokens.size).toBe(16);
    expect(a.store.tokens.list()[1]!.secrets[0]!.hash).not.toBe(b.store.tokens.list()[1]!.secrets[0]!.hash);
    expect(a.bootstrapKey).not.toBe(b.bootstrapKey);
    const statuses = new Set(a.store.tokens.list().map((t) => t.active));
    expect(statuses.size).toBeGreaterThan(1);
  });

  it('issues tokens directly for test arrangement, and its seeded tokens answer with the contract', async () => {
    const { api, platform } = await start({ seedTokens: 10 });
    const { key, token } = await platform.issueToken({
      name: 'direct',
      permissions: [{ id: 'MD-0003', name: 'Catalog' }],
    });
    expect((await api.get('/products', { key })).status).toBe(200);
    const list = await api.get('/auth/tokens?limit=1000');
    expect(list.body).toHaveLength(12);
    expect((await api.get(`/statistics/tokens/${list.body[1].id}/summary`)).status).toBe(200);
    expect(token.name).toBe('direct');
  });

  it('resets the counters since the last reset on renew/rotate, keeping totals', async () => {
    const { platform } = await start();
    const api = client(platform);
    const { key, token } = await platform.issueToken({ permissions: [{ id: 'MD-0007', name: 'Integrations' }] });
    await api.get('/auth/context', { key });
    await api.post(`/auth/tokens/${token.id}/rotate`, {});
    const summary = (await api.get(`/statistics/tokens/${token.id}/summary`)).body;
    expect(summary.statuses).toEqual([{ code: '200', total: 1, since_last_reset: 0 }]);
  });

  it('ignores a body on operations that take none, however large', async () => {
    const { platform, api } = await start();
    const { token } = await platform.issueToken();
    const big = 'x'.repeat(2 * 1024 * 1024);
    const del = await api.call('DELETE', `/auth/tokens/${token.id}`, {
      raw: big,
      headers: { 'content-type': 'text/plain' },
    });
    expect(del.status).toBe(204);
  });
});
