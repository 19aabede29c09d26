import { createMockPlatform, startMockServer, type MockServer } from '@connect-tokens/mock-server';
import { createClient, type ConnectClient } from '@connect-tokens/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTokenAssignments, MAX_ENDPOINTS } from './token-assignments';

let server: MockServer;
let client: ConnectClient;
const requests: string[] = [];

beforeAll(async () => {
  const platform = createMockPlatform({ seed: 5 });
  await platform.ready;
  server = await startMockServer({ handlers: platform.handlers, port: 0, origin: new URL(platform.baseUrl).origin });
  client = createClient({
    endpoint: `${server.url}/public/v1`,
    apiKey: platform.bootstrapKey,
    logLevel: 'off',
    fetch: (request) => {
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      return fetch(request);
    },
  });
});

afterAll(async () => {
  await server?.close();
});

describe('loadTokenAssignments', () => {
  it('finds every endpoint and method a page of tokens is assigned to, in 1 + (token endpoints) requests', async () => {
    const [shop, warehouse, idle] = await Promise.all(
      ['Shop', 'Warehouse', 'Idle'].map((name) => client.endpointTokens.create({ name })),
    );
    const orders = await client.endpoints.create({ name: 'Orders', authentication: 'token', allow_delete: true });
    const stock = await client.endpoints.create({ name: 'Stock', authentication: 'token' });
    await client.endpoints.create({ name: 'Open inbox', authentication: 'none' });
    await client.endpoints.createMapping(orders.id, {
      endpoint_token: { id: shop!.id },
      primary_token: { method: 'POST' },
    });
    const off = await client.endpoints.createMapping(orders.id, {
      endpoint_token: { id: shop!.id },
      primary_token: { method: 'DELETE' },
    });
    await client.endpoints.updateMapping(orders.id, off.id, { enabled: false });
    await client.endpoints.createMapping(stock.id, {
      endpoint_token: { id: shop!.id },
      primary_token: { method: 'GET' },
    });
    await client.endpoints.createMapping(stock.id, {
      endpoint_token: { id: warehouse!.id },
      primary_token: { method: 'GET' },
    });

    requests.length = 0;
    const result = await loadTokenAssignments(
      client,
      [shop!.id, warehouse!.id, idle!.id],
      new AbortController().signal,
    );
    expect(result.byToken.get(shop!.id)).toEqual([
      { endpointId: orders.id, endpointName: 'Orders', method: 'POST', enabled: true },
      { endpointId: orders.id, endpointName: 'Orders', method: 'DELETE', enabled: false },
      { endpointId: stock.id, endpointName: 'Stock', method: 'GET', enabled: true },
    ]);
    expect(result.byToken.get(warehouse!.id)).toEqual([
      { endpointId: stock.id, endpointName: 'Stock', method: 'GET', enabled: true },
    ]);
    expect(result.byToken.has(idle!.id)).toBe(false);
    expect(result).toMatchObject({ endpointsTotal: 2, endpointsSearched: 2 });
    // The open endpoint has no mappings to ask for.
    expect(requests.sort()).toEqual(
      [
        'GET /public/v1/integrations/endpoints',
        `GET /public/v1/integrations/endpoints/${orders.id}/mappings`,
        `GET /public/v1/integrations/endpoints/${stock.id}/mappings`,
      ].sort(),
    );
  });

  it(`searches at most ${MAX_ENDPOINTS} endpoints and says how many there are`, async () => {
    const token = await client.endpointTokens.create({ name: 'Busy' });
    const existing = (await client.endpoints.list().toArray()).filter(
      (endpoint) => endpoint.authentication === 'token',
    ).length;
    for (let i = existing; i < MAX_ENDPOINTS + 3; i++)
      await client.endpoints.create({ name: `Inbox ${String(i).padStart(2, '0')}`, authentication: 'token' });
    requests.length = 0;
    const result = await loadTokenAssignments(client, [token.id], new AbortController().signal);
    expect(result).toMatchObject({ endpointsTotal: MAX_ENDPOINTS + 3, endpointsSearched: MAX_ENDPOINTS });
    expect(requests).toHaveLength(1 + MAX_ENDPOINTS);
  });

  it('asks nothing for an empty page', async () => {
    requests.length = 0;
    const result = await loadTokenAssignments(client, [], new AbortController().signal);
    expect(result).toMatchObject({ endpointsTotal: 0, endpointsSearched: 0 });
    expect(result.byToken.size).toBe(0);
    expect(requests).toEqual([]);
  });
});
