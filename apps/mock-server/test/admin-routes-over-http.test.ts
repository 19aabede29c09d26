/**
 * Issue 16 item 3: `/__mock/{faults,reset,clock}` can wipe the store, move the clock or inject faults, so over HTTP
 * they need the bootstrap key, a JSON content type on writes, carry no CORS headers, and a loopback-bound server
 * answers them only for a loopback `Host` (DNS rebinding).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockPlatform, startMockServer, type MockServer } from '../src/index';
import { rawRequest } from './raw-http';

const platform = createMockPlatform({ seed: 13, now: '2026-03-01T12:00:00Z' });
let server: MockServer;

beforeAll(async () => {
  await platform.ready;
  server = await startMockServer({ handlers: platform.handlers, port: 0, origin: 'http://127.0.0.1:4010' });
});
afterAll(() => server.close());

const admin = (method: string, path: string, headers: Record<string, string>, body?: string) =>
  rawRequest(server.url, { method, path, headers, ...(body === undefined ? {} : { body }) });
const key = () => platform.bootstrapKey;

describe('admin routes over HTTP', () => {
  it('refuse calls without the bootstrap key or with another key, and change nothing', async () => {
    const before = platform.clock.iso();
    for (const authorization of [
      undefined,
      'ApiKey SU-000-000-000:' + '0'.repeat(40),
      key().slice(0, -1),
      `${key()}x`,
    ]) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (authorization !== undefined) headers.authorization = authorization;
      const result = await admin('POST', '/__mock/clock', headers, JSON.stringify({ advanceMs: 1000 }));
      expect(result.status).toBe(401);
      expect(result.json.error_code).toBe('AUTH_001');
      const reset = await admin('POST', '/__mock/reset', headers);
      expect(reset.status).toBe(401);
    }
    expect(platform.clock.iso()).toBe(before);
  });

  it('accept the bootstrap key', async () => {
    const result = await admin(
      'POST',
      '/__mock/clock',
      { authorization: key(), 'content-type': 'application/json' },
      JSON.stringify({ advanceMs: 1000 }),
    );
    expect(result.status).toBe(200);
    expect(result.json.now).toBe('2026-03-01T12:00:01.000Z');
    const faults = await admin('GET', '/__mock/faults', { authorization: key() });
    expect(faults.json).toEqual({ routes: {} });
  });

  it('refuse a write that is not application/json (a form or text/plain post needs no preflight)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const result = await admin('POST', '/__mock/reset', { authorization: key(), 'content-type': type }, '{}');
      expect(result.status, type).toBe(415);
      expect(result.json.error_code).toBe('GEN_415');
    }
    expect((await admin('POST', '/__mock/reset', { authorization: key() })).status).toBe(415);
  });

  it('send no CORS headers and refuse preflights', async () => {
    const preflight = await admin('OPTIONS', '/__mock/reset', {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const denied = await admin(
      'POST',
      '/__mock/reset',
      { origin: 'https://evil.example', 'content-type': 'text/plain' },
      '{}',
    );
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
    const allowed = await admin('GET', '/__mock/clock', { origin: 'https://evil.example', authorization: key() });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answer only a loopback Host when bound to loopback (DNS rebinding)', async () => {
    const port = new URL(server.url).port;
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1.nip.io:${port}`,
      '10.0.0.5',
      'localhost.evil.example',
    ]) {
      const result = await admin('GET', '/__mock/clock', { host, authorization: key() });
      expect(result.status, host).toBe(403);
      expect(result.json.error_code).toBe('AUTH_007');
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST', '127.0.0.1']) {
      const result = await admin('GET', '/__mock/clock', { host, authorization: key() });
      expect(result.status, host).toBe(200);
    }
  });

  it('still serve the API for any Host (it needs a key of its own)', async () => {
    const result = await rawRequest(server.url, {
      method: 'GET',
      path: '/public/v1/modules',
      headers: { host: 'api.example', authorization: key() },
    });
    expect(result.status).toBe(200);
  });
});
