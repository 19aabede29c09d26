/**
 * The account IP ACL over real HTTP: its size is bounded (a list that would slow every request of every token is
 * refused with 400 VAL_001 naming the limit, before any range is parsed), and it is compiled once per change rather
 * than parsed again on every request. Per-token IP and API rule lists are bounded too.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ACL_RANGES } from '@connect-tokens/mock-server';
import { call, servePlatform, type ServedPlatform } from './support/http-emulator';

let served: ServedPlatform;
beforeEach(async () => {
  served = await servePlatform({ seed: 'acl' });
});
afterEach(async () => {
  await served.close();
});

/** `count` distinct /32 ranges outside loopback, then `extra`. */
function ranges(count: number, extra: string[] = []): string[] {
  return [...Array.from({ length: count }, (_, i) => `198.18.${(i >> 8) & 255}.${i & 255}/32`), ...extra];
}

function putAcl(ips: { name: string; ip_range: string[] }[]) {
  return call(`${served.api}/modules/integrations/settings`, {
    method: 'PUT',
    headers: served.admin,
    body: { acl: { ips } },
  });
}

describe('the account IP ACL', () => {
  it(`refuses more than ${MAX_ACL_RANGES} ranges in total with 400 VAL_001 naming the limit, and keeps the old list`, async () => {
    expect(MAX_ACL_RANGES).toBe(1000);
    for (const ips of [
      [{ name: 'huge', ip_range: ranges(45_000) }],
      [
        { name: 'a', ip_range: ranges(600) },
        { name: 'b', ip_range: ranges(401) },
      ],
    ]) {
      const refused = await putAcl(ips);
      expect(refused.status).toBe(400);
      expect(refused.body.error_code).toBe('VAL_001');
      expect(refused.body.errors.join(' ')).toContain(`at most ${MAX_ACL_RANGES} IP ranges`);
    }
    expect(served.platform.store.acl).toEqual([]);
    expect((await call(`${served.api}/auth/context`, { headers: served.admin })).status).toBe(200);
  });

  it(`accepts exactly ${MAX_ACL_RANGES} ranges and enforces them over HTTP`, async () => {
    const accepted = await putAcl([{ name: 'office', ip_range: ranges(MAX_ACL_RANGES - 1, ['127.0.0.1/32']) }]);
    expect(accepted.status).toBe(200);
    expect((await call(`${served.api}/auth/context`, { headers: served.admin })).status).toBe(200);
    const lockedOut = await putAcl([{ name: 'office', ip_range: ranges(MAX_ACL_RANGES) }]);
    expect(lockedOut.status).toBe(200);
    const denied = await call(`${served.api}/auth/context`, { headers: served.admin });
    expect(denied.status).toBe(403);
    expect(denied.body.error_code).toBe('AUTH_006');
  });

  it('is compiled once per change: every request reuses the same matcher until the ACL is replaced', async () => {
    await putAcl([{ name: 'office', ip_range: ranges(999, ['127.0.0.0/8']) }]);
    const compiled = served.platform.store.aclMatcher;
    expect(compiled?.size).toBe(1000);
    for (let i = 0; i < 5; i++)
      expect((await call(`${served.api}/modules`, { headers: served.admin })).status).toBe(200);
    expect(served.platform.store.aclMatcher).toBe(compiled);
    const replaced = await putAcl([{ name: 'office', ip_range: ['127.0.0.1/32'] }]);
    expect(replaced.status).toBe(200);
    expect(served.platform.store.aclMatcher).not.toBe(compiled);
    expect(served.platform.store.aclMatcher?.size).toBe(1);
  });

  it('bounds per-token IP and API rule lists at 100 entries each', async () => {
    const rules = { allowed_ips: ranges(101), blocked_ips: [], allowed_apis: [], blocked_apis: [] };
    const created = await call(`${served.api}/auth/tokens`, {
      method: 'POST',
      headers: served.admin,
      body: { name: 'many rules', extension: { id: 'EXT-000' }, access_rules: rules },
    });
    expect(created.status).toBe(400);
    expect(created.body.error_code).toBe('VAL_001');
    const apis = Array.from({ length: 101 }, (_, i) => ({ method: 'GET', path: `/x/${i}` }));
    const createdApis = await call(`${served.api}/auth/tokens`, {
      method: 'POST',
      headers: served.admin,
      body: {
        name: 'many rules',
        extension: { id: 'EXT-000' },
        access_rules: { ...rules, allowed_ips: [], blocked_apis: apis },
      },
    });
    expect(createdApis.status).toBe(400);
  });
});
