/**
 * Issue 16 item 6: JSON nested deeper than the limit (default 64, `maxJsonDepth`) is a 400 VAL_001 at parse time,
 * before any handler runs: nothing is stored or audited, and later reads still work. Over a real socket, on an
 * authenticated route, the anonymous endpoint-data path and an admin route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockPlatform, DEFAULT_MAX_JSON_DEPTH, startMockServer, type MockServer } from '../src/index';
import { rawRequest } from './raw-http';

const platform = createMockPlatform({
  seed: 14,
  now: '2026-03-01T12:00:00Z',
  onUnexpectedError: (error) => unexpected.push(error),
});
const unexpected: unknown[] = [];
let server: MockServer;

beforeAll(async () => {
  await platform.ready;
  server = await startMockServer({ handlers: platform.handlers, port: 0, origin: 'http://127.0.0.1:4010' });
});
afterAll(() => server.close());

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const send = (method: string, path: string, body: string, auth = true) =>
  rawRequest(server.url, {
    method,
    path,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: platform.bootstrapKey } : {}) },
    body,
  });

describe('JSON depth over HTTP', () => {
  it('refuses a webhook whose data nests 5000 deep with 400 VAL_001, stores and audits nothing, and the list still answers', async () => {
    const auditBefore = platform.store.audit.all().length;
    const body = `{"object_class":"token","label":"deep","external_url":"https://hooks.example/x","jwt_secret":"s3cret-s3cret-s3cret","http_method":"POST","description":"d","active":true,"data":${nested(5000)}}`;
    const result = await send('POST', '/public/v1/notifications/webhooks', body);
    expect(result.status).toBe(400);
    expect(result.json).toEqual({
      error_code: 'VAL_001',
      errors: [`body: JSON nests deeper than ${DEFAULT_MAX_JSON_DEPTH} levels`],
    });
    expect(platform.store.audit.all().length).toBe(auditBefore);
    const list = await rawRequest(server.url, {
      method: 'GET',
      path: '/public/v1/notifications/webhooks',
      headers: { authorization: platform.bootstrapKey },
    });
    expect(list.status).toBe(200);
    expect(list.json).toEqual([]);
  });

  it('accepts nesting up to the limit', async () => {
    // The body itself is one level; `data` may nest the rest.
    const body = `{"object_class":"token","label":"ok","external_url":"https://hooks.example/x","jwt_secret":"s3cret-s3cret-s3cret","http_method":"POST","description":"d","active":true,"data":${nested(DEFAULT_MAX_JSON_DEPTH - 1)}}`;
    const result = await send('POST', '/public/v1/notifications/webhooks', body);
    expect(result.status, result.text).toBe(201);
  });

  it('refuses deep JSON posted anonymously to an authentication: none endpoint', async () => {
    const created = await send(
      'POST',
      '/public/v1/integrations/endpoints',
      JSON.stringify({ name: 'open', authentication: 'none' }),
    );
    expect(created.status).toBe(201);
    const result = await send('POST', `/public/v1/integrations/endpoints/${created.json.id}/data`, nested(5000), false);
    expect(result.status).toBe(400);
    expect(result.json.error_code).toBe('VAL_001');
    const fine = await send(
      'POST',
      `/public/v1/integrations/endpoints/${created.json.id}/data`,
      JSON.stringify({ order: 1 }),
      false,
    );
    expect(fine.status).toBe(201);
  });

  it('refuses deep JSON on admin routes too', async () => {
    const result = await send('PUT', '/__mock/faults', nested(200));
    expect(result.status).toBe(400);
    expect(result.json.error_code).toBe('VAL_001');
  });

  it('does not count brackets inside strings', async () => {
    const body = JSON.stringify({ name: '['.repeat(60) + '{'.repeat(60), extension: { id: 'EXT-000' } });
    expect((await send('POST', '/public/v1/auth/tokens', body)).status).toBe(201);
  });

  it('takes the limit from the platform option maxJsonDepth', async () => {
    const shallow = createMockPlatform({ seed: 14, now: '2026-03-01T12:00:00Z', maxJsonDepth: 2 });
    await shallow.ready;
    const own = await startMockServer({ handlers: shallow.handlers, port: 0, origin: 'http://127.0.0.1:4010' });
    try {
      const headers = { authorization: shallow.bootstrapKey, 'content-type': 'application/json' };
      const two = await rawRequest(own.url, {
        method: 'POST',
        path: '/public/v1/auth/tokens',
        headers,
        body: JSON.stringify({ name: 'x', extension: { id: 'EXT-000' } }),
      });
      expect(two.status).toBe(201);
      const three = await rawRequest(own.url, {
        method: 'POST',
        path: '/public/v1/auth/tokens',
        headers,
        body: JSON.stringify({ name: 'x', extension: { id: 'EXT-000' }, permissions: [{ object: { id: 'MD-0003' } }] }),
      });
      expect(three.status).toBe(400);
    } finally {
      await own.close();
    }
    expect(unexpected).toEqual([]);
  });

  it('refuses a maxJsonDepth above what handlers can copy and serialise (1000)', async () => {
    expect(() => createMockPlatform({ maxJsonDepth: 5000 })).toThrow(TypeError);
    expect(() => createMockPlatform({ maxJsonDepth: 0 })).toThrow(TypeError);
    // At the ceiling, the deepest accepted body is stored, answered and listed.
    const deepest = createMockPlatform({ seed: 15, now: '2026-03-01T12:00:00Z', maxJsonDepth: 1000 });
    await deepest.ready;
    const own = await startMockServer({ handlers: deepest.handlers, port: 0, origin: 'http://127.0.0.1:4010' });
    try {
      const headers = { authorization: deepest.bootstrapKey, 'content-type': 'application/json' };
      const body = `{"object_class":"token","label":"deep","external_url":"https://hooks.example/x","jwt_secret":"s3cret-s3cret-s3cret","http_method":"POST","description":"d","active":false,"data":${nested(999)}}`;
      const created = await rawRequest(own.url, {
        method: 'POST',
        path: '/public/v1/notifications/webhooks',
        headers,
        body,
      });
      expect(created.status).toBe(201);
      const list = await rawRequest(own.url, { method: 'GET', path: '/public/v1/notifications/webhooks', headers });
      expect(list.status).toBe(200);
      expect(list.json).toHaveLength(1);
    } finally {
      await own.close();
    }
  });
});
