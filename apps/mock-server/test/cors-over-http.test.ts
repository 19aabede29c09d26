import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockPlatform, createSiteHandlers, startMockServer, type MockServer } from '../src/index';
import { ORIGIN_HEADER, list, preflight } from './cors-requests';

// Over real HTTP (no MSW interception in this file): the platform handlers answer API preflights, the adapter the rest.

describe('CORS over HTTP', () => {
  const platform = createMockPlatform({ seed: 3, now: '2026-03-01T12:00:00Z' });
  let server: MockServer;
  beforeAll(async () => {
    await platform.ready;
    server = await startMockServer({
      handlers: [...platform.handlers, ...createSiteHandlers(platform)],
      port: 0,
      origin: 'http://127.0.0.1:4010',
    });
  });
  afterAll(() => server.close());

  it('answers API preflights through the platform handlers and site preflights in the adapter', async () => {
    const api = await preflight(
      `${server.url}/public/v1/auth/tokens/SU-000-000-000/activate`,
      'POST',
      'authorization, idempotency-key',
    );
    expect(api.status).toBe(204);
    expect(list(api.headers.get('access-control-allow-headers'))).toEqual(
      expect.arrayContaining(['authorization', 'idempotency-key']),
    );
    const site = await preflight(`${server.url}/docs`, 'GET', 'accept');
    expect(site.status).toBe(204);
    expect(site.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses preflights of the admin routes and sends no CORS headers on them', async () => {
    const admin = await preflight(`${server.url}/__mock/clock`, 'POST', 'content-type, authorization');
    expect(admin.status).toBe(405);
    expect(admin.headers.get('access-control-allow-origin')).toBeNull();
    expect(admin.headers.get('access-control-allow-methods')).toBeNull();
    const read = await fetch(`${server.url}/__mock/clock`, {
      headers: { ...ORIGIN_HEADER, authorization: platform.bootstrapKey },
    });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends Access-Control-Allow-Origin and Expose-Headers once on API responses', async () => {
    const response = await fetch(`${server.url}/public/v1/modules?limit=2`, {
      headers: { ...ORIGIN_HEADER, authorization: platform.bootstrapKey },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(list(response.headers.get('access-control-expose-headers'))).toEqual(
      expect.arrayContaining(['content-range', 'x-request-id']),
    );
    expect(response.headers.get('content-range')).toMatch(/^items 0-1\/\d+$/);
  });
});
