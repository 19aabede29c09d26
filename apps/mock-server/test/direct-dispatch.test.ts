import { getResponse, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockPlatform, createSiteHandlers, startMockServer, type MockServer } from '../src/index';
import { findDirectRoute } from '../src/server/direct-dispatch';

const ORIGIN = 'http://127.0.0.1:4010';
let served: MockServer | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

describe('node:http adapter fast path', () => {
  it('dispatches directly only when msw would pick the platform API handler first', () => {
    const platform = createMockPlatform({ seed: 1 });
    const handlers = [...platform.handlers, ...createSiteHandlers(platform)];
    const find = (url: string, list: readonly object[] = handlers) => findDirectRoute(list, new URL(url), 'GET');
    expect(find(`${ORIGIN}/public/v1/auth/tokens`)).toBeTypeOf('function');
    expect(find(`${ORIGIN}/public/v1`)).toBeTypeOf('function');
    expect(find(`${ORIGIN}/public/v1/`)).toBeTypeOf('function');
    // Admin routes, other paths, other case (msw matches case-insensitively), other origin: through msw.
    expect(find(`${ORIGIN}/__mock/clock`)).toBeUndefined();
    expect(find(`${ORIGIN}/docs`)).toBeUndefined();
    expect(find(`${ORIGIN}/PUBLIC/v1/auth/tokens`)).toBeUndefined();
    expect(find(`${ORIGIN}/public/v10/auth/tokens`)).toBeUndefined();
    expect(find(`http://localhost:4010/public/v1/auth/tokens`)).toBeUndefined();
    // A foreign handler in front could match anything: msw decides.
    const override = http.get(`${ORIGIN}/public/v1/auth/tokens`, () => HttpResponse.json([]));
    expect(find(`${ORIGIN}/public/v1/auth/tokens`, [override, ...handlers])).toBeUndefined();
  });

  it('answers like msw getResponse for the same requests', async () => {
    const direct = createMockPlatform({ seed: 7, now: '2026-03-01T12:00:00.000Z' });
    const viaMsw = createMockPlatform({ seed: 7, now: '2026-03-01T12:00:00.000Z' });
    served = await startMockServer({ handlers: direct.handlers, port: 0, origin: ORIGIN });
    const requests: [string, string, string | undefined][] = [
      ['GET', '/public/v1/auth/tokens?limit=2', undefined],
      ['GET', '/public/v1/auth/tokens/SU-000-000-000', undefined],
      ['GET', '/public/v1/no/such', undefined],
      ['PATCH', '/public/v1/auth/tokens', undefined],
      ['POST', '/public/v1/auth/tokens', '{"name":'],
      ['GET', '/public/v1/auth/tokens?eq(', undefined],
      ['GET', '/public/v1/%ZZ', undefined],
    ];
    for (const [method, path, body] of requests) {
      const init = {
        method,
        headers: { authorization: direct.bootstrapKey, 'content-type': 'application/json' },
        ...(body ? { body } : {}),
      };
      const overHttp = await fetch(`${served.url}${path}`, init);
      const reference = await getResponse(
        viaMsw.handlers,
        new Request(`${ORIGIN}${path}`, { ...init, headers: { ...init.headers, authorization: viaMsw.bootstrapKey } }),
      );
      expect(overHttp.status, `${method} ${path}`).toBe(reference!.status);
      const [a, b] = [await overHttp.text(), await reference!.text()];
      // Request ids, the bootstrap secrets' last 4 (random per platform) and the client IP legitimately differ.
      const normalise = (text: string) =>
        text
          .replace(/req-[\w-]+/g, 'req')
          .replace(/\*\*\*\*[0-9a-f]{4}/g, '****')
          .replace(/"last_access":\{[^}]*\}/g, '')
          .replace(/"ip":"[^"]*"/g, '');
      expect(normalise(a), `${method} ${path}`).toEqual(normalise(b));
      expect(overHttp.headers.get('content-range')).toBe(reference!.headers.get('content-range'));
      // Every header of the msw answer reaches the wire unchanged (Node adds date, connection and content-length).
      for (const [name, value] of reference!.headers) {
        if (name === 'x-request-id') expect(overHttp.headers.get(name), name).toMatch(/^req-/);
        else expect(overHttp.headers.get(name), `${method} ${path}: ${name}`).toBe(value);
      }
      const added = [...overHttp.headers.keys()].filter((name) => !reference!.headers.has(name));
      expect(added.sort(), `${method} ${path}`).toEqual(
        ['connection', 'content-length', 'date', 'keep-alive'].filter((name) => overHttp.headers.has(name)),
      );
    }
  });
});
