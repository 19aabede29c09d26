/**
 * RQL spellings as raw query strings through the node:http adapter (a real loopback socket), not only MSW.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockPlatform, startMockServer, type MockServer } from '../src/index';

describe('RQL spellings over the node:http adapter', () => {
  const platform = createMockPlatform({ seed: 3, now: '2026-03-01T12:00:00Z' });
  let server: MockServer;
  beforeAll(async () => {
    await platform.ready;
    server = await startMockServer({ handlers: platform.handlers, port: 0, origin: 'http://127.0.0.1:4010' });
  });
  afterAll(async () => {
    await server.close();
  });
  const headers = () => ({ authorization: platform.bootstrapKey, 'content-type': 'application/json' });

  it('filters status=ne=active and ((status=active)|(status=inactive)) sent as raw query strings', async () => {
    const ids: Record<string, string> = {};
    for (const name of ['one', 'two']) {
      const created = await fetch(`${server.url}/public/v1/auth/tokens`, {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify({ name, extension: { id: 'EXT-000' } }),
      });
      expect(created.status).toBe(201);
      ids[name] = ((await created.json()) as { id: string }).id;
    }
    const off = await fetch(`${server.url}/public/v1/auth/tokens/${ids.two}/deactivate`, {
      method: 'POST',
      headers: headers(),
    });
    expect(off.status).toBe(200);
    const list = async (query: string) => {
      const response = await fetch(`${server.url}/public/v1/auth/tokens?${query}`, { headers: headers() });
      expect(response.status, query).toBe(200);
      return ((await response.json()) as Array<{ name: string }>).map((t) => t.name).sort();
    };
    expect(await list('status=ne=active')).toEqual(['two']);
    expect(await list('((status=active)|(status=inactive))')).toEqual(['Bootstrap admin', 'one', 'two']);
    expect(await list('(status=active)&(name=one)')).toEqual(['one']);
  });
});
