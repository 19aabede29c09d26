import { describe, expect, it } from 'vitest';
import { createToken, usePlatform } from './harness';

const start = usePlatform();

describe('concurrency', () => {
  it('100 parallel mutations on one token leave it consistent', async () => {
    const { api, platform } = await start();
    const { id } = await createToken(api, { permissions: [] });
    const modules = ['MD-0001', 'MD-0002', 'MD-0003', 'MD-0004', 'MD-0005'];
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => {
        switch (i % 5) {
          case 0:
            return api.put(`/auth/tokens/${id}`, { name: `name-${i}` });
          case 1:
            return api.post(`/auth/tokens/${id}/permissions`, { object: { id: modules[i % modules.length] } });
          case 2:
            return api.post(`/auth/tokens/${id}/${i % 2 === 0 ? 'deactivate' : 'activate'}`);
          case 3:
            return api.post(`/auth/tokens/${id}/rotate`, {});
          default:
            return api.del(`/auth/tokens/${id}/permissions/${modules[i % modules.length]}`);
        }
      }),
    );
    // Every response is a documented one (the harness checked the contract); none is a 5xx.
    expect(results.every((r) => r.status < 500)).toBe(true);
    const token = platform.store.tokens.get(id)!;
    // Invariants: no module granted twice, exactly one current secret (+ at most one renewal grace secret),
    // and the version counts every successful change.
    const moduleIds = token.permissions.map((p) => p.module.id);
    expect(new Set(moduleIds).size).toBe(moduleIds.length);
    expect(token.secrets.length).toBe(1);
    const successfulChanges = results.filter((r) => r.status === 200 || r.status === 201 || r.status === 204).length;
    expect(token.version).toBe(1 + successfulChanges);
    // The last rotation's key is the one that works.
    const rotations = results.filter(
      (r) => r.status === 200 && typeof r.body?.token === 'string' && !r.body.token.includes('*'),
    );
    const working = await Promise.all(rotations.map((r) => api.get('/auth/context', { key: r.body.token })));
    const statuses = working.map((r) => r.status);
    expect(statuses.filter((s) => s !== 401)).toHaveLength(token.active ? 1 : 0);
    const wire = await api.get(`/auth/tokens/${id}`);
    expect(wire.body.permissions.map((p: any) => p.object.id).sort()).toEqual([...moduleIds].sort());
  });

  it('parallel creates with distinct idempotency keys create distinct tokens; with one key, exactly one', async () => {
    const { api, platform } = await start();
    const before = platform.store.tokens.size;
    const distinct = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.post(
          '/auth/tokens',
          { name: `p${i}`, extension: { id: 'EXT-000' } },
          { headers: { 'idempotency-key': `k${i}` } },
        ),
      ),
    );
    expect(new Set(distinct.map((r) => r.body.id)).size).toBe(20);
    const same = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.post(
          '/auth/tokens',
          { name: 'same', extension: { id: 'EXT-000' } },
          { headers: { 'idempotency-key': 'one' } },
        ),
      ),
    );
    expect(platform.store.tokens.size).toBe(before + 21);
    // Concurrent duplicates either replay or are told the first is still running (409 GEN_409).
    for (const r of same) expect([201, 409]).toContain(r.status);
  });
});
