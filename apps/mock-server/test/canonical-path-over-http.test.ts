/**
 * Issue 16 item 2: one canonical path for routing, access rules and the policy check. Every spelling below is sent
 * verbatim over a real socket by a token whose rules block the canonical request; none may get through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockPlatform, startMockServer, type MockServer } from '../src/index';
import { rawRequest } from './raw-http';

const platform = createMockPlatform({ seed: 11, now: '2026-03-01T12:00:00Z' });
let server: MockServer;

beforeAll(async () => {
  await platform.ready;
  server = await startMockServer({ handlers: platform.handlers, port: 0, origin: 'http://127.0.0.1:4010' });
});
afterAll(() => server.close());

async function tokenWith(accessRules: Record<string, unknown>): Promise<{ id: string; key: string }> {
  const { token, key } = await platform.issueToken({ name: 'ruled' });
  const result = await rawRequest(server.url, {
    method: 'PUT',
    path: `/public/v1/auth/tokens/${token.id}`,
    headers: { authorization: platform.bootstrapKey, 'content-type': 'application/json' },
    body: JSON.stringify({ access_rules: accessRules }),
  });
  expect(result.status).toBe(200);
  return { id: token.id, key };
}

const get = (path: string, key: string) =>
  rawRequest(server.url, { method: 'GET', path: `/public/v1${path}`, headers: { authorization: key } });

describe('canonical paths over HTTP', () => {
  it('applies a block of GET /auth/tokens to every spelling of that path', async () => {
    const { key } = await tokenWith({ blocked_apis: [{ method: 'GET', path: '/auth/tokens' }] });
    for (const spelling of [
      '/auth/tokens',
      '/auth/tokens/',
      '//auth/tokens',
      '/auth//tokens',
      '/auth/tokens/.',
      '/auth/tokens/x/..',
      '/auth/tokens/%2e',
      '/auth/./tokens',
      '/%61uth/tokens',
    ]) {
      const result = await get(spelling, key);
      expect(result.status, spelling).toBe(403);
      expect(result.json.error_code, spelling).toBe('AUTH_007');
    }
  });

  it('serves a non-canonical spelling exactly as its canonical path', async () => {
    const canonical = await get('/auth/tokens', platform.bootstrapKey);
    const spelled = await get('//auth/tokens/./', platform.bootstrapKey);
    expect(spelled.status).toBe(200);
    expect(spelled.json).toEqual(canonical.json);
  });

  it('matches a rule naming one token id against a percent-encoded id', async () => {
    const target = await platform.issueToken({ name: 'target' });
    const { key } = await tokenWith({ blocked_apis: [{ method: 'GET', path: `/auth/tokens/${target.token.id}` }] });
    const encoded = target.token.id.replace(/-/g, '%2D');
    for (const spelling of [
      `/auth/tokens/${target.token.id}`,
      `/auth/tokens/${encoded}`,
      `/auth/tokens/${target.token.id.replace(/-/g, '%2d')}`,
      `//auth/tokens/${target.token.id}/`,
    ]) {
      const result = await get(spelling, key);
      expect(result.status, spelling).toBe(403);
    }
  });

  it('keeps a token blocked from PUT /auth/tokens/* from clearing its own rules with PUT //auth/tokens/<self>', async () => {
    const { id, key } = await tokenWith({ blocked_apis: [{ method: 'PUT', path: '/auth/tokens/*' }] });
    for (const spelling of [
      `/auth/tokens/${id}`,
      `//auth/tokens/${id}`,
      `/auth/tokens//${id}`,
      `/auth/tokens/${id}/`,
    ]) {
      const result = await rawRequest(server.url, {
        method: 'PUT',
        path: `/public/v1${spelling}`,
        headers: { authorization: key, 'content-type': 'application/json' },
        body: JSON.stringify({ access_rules: {} }),
      });
      expect(result.status, spelling).toBe(403);
    }
    expect(platform.store.tokens.get(id)!.access.blocked_apis).toHaveLength(1);
  });

  it('does not let an allow list of GET /auth/tokens/* list every token through GET /auth/tokens/', async () => {
    const { id, key } = await tokenWith({ allowed_apis: [{ method: 'GET', path: '/auth/tokens/*' }] });
    expect((await get(`/auth/tokens/${id}`, key)).status).toBe(200);
    for (const spelling of ['/auth/tokens/', '/auth/tokens', '/auth/tokens/.', '//auth/tokens//']) {
      expect((await get(spelling, key)).status, spelling).toBe(403);
    }
  });

  it('answers the policy check for a non-canonical path as for the canonical one', async () => {
    const { id } = await tokenWith({ blocked_apis: [{ method: 'GET', path: '/auth/tokens' }] });
    for (const path of ['/auth/tokens', '//auth/tokens/', '/auth/tokens/x/..', '/public/v1//auth/tokens']) {
      const result = await rawRequest(server.url, {
        method: 'POST',
        path: `/public/v1/auth/tokens/${id}/check`,
        headers: { authorization: platform.bootstrapKey, 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'GET', path }),
      });
      expect(result.status, path).toBe(200);
      expect(result.json.allowed, path).toBe(false);
      expect(result.json.error_code, path).toBe('AUTH_007');
    }
  });

  it('keeps an escaped slash inside one segment (an id that cannot exist: 404)', async () => {
    const result = await get('/auth/tokens/SU-000%2F000-000', platform.bootstrapKey);
    expect(result.status).toBe(404);
  });
});
