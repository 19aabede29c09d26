import { request as httpRequest } from 'node:http';
import { getResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockPlatform, jsonResponse, startMockServer, type MockServer, type RequestContext } from '../src/index';

// The node:http adapter hands the pipeline a deferred request and builds the Fetch `Request` only when a handler or
// an authenticator asks for it. What they see must be what msw's `getResponse` gives them in-process.

const ORIGIN = 'http://127.0.0.1:4010';
let served: MockServer | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  sameObject: boolean;
  ctxBody: unknown;
}

/** A platform whose `GET /modules` and `POST /auth/tokens` record what their authenticator and handler received. */
function recordingPlatform(seen: Seen[]) {
  let fromAuthenticator: Request | undefined;
  const record = async (ctx: RequestContext) => {
    const request = ctx.request;
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'content-type', 'x-custom', 'x-mock-client-ip', 'x-request-id']) {
      const value = request.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    seen.push({
      method: request.method,
      url: request.url,
      headers,
      // A body the pipeline has read is in `ctx.body`; the Request's own stream is then spent (in-process) or absent.
      body: request.bodyUsed ? null : await request.text(),
      sameObject: request === fromAuthenticator && ctx.request === request,
      ctxBody: ctx.body,
    });
    return jsonResponse({ ok: true });
  };
  const auth = (request: Request) => {
    fromAuthenticator = request;
    return { id: 'UR-1', name: 'Recorder' };
  };
  return createMockPlatform({
    seed: 3,
    now: '2026-03-01T12:00:00.000Z',
    routes: { 'GET /modules': { handle: record, auth }, 'POST /auth/tokens': { handle: record, auth } },
  });
}

describe('the deferred request of the node:http adapter', () => {
  it('gives handlers and custom authenticators the Request msw would give them', async () => {
    const overHttp: Seen[] = [];
    const inProcess: Seen[] = [];
    served = await startMockServer({ handlers: recordingPlatform(overHttp).handlers, port: 0, origin: ORIGIN });
    const viaMsw = recordingPlatform(inProcess);
    const calls: [string, RequestInit][] = [
      [
        '/public/v1/modules?limit=1&offset=0',
        { headers: { authorization: 'ApiKey SU-1:abc', 'x-custom': ' padded ', 'x-request-id': 'req-1' } },
      ],
      [
        '/public/v1/auth/tokens',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-mock-client-ip': '203.0.113.7' },
          body: '{"name":"n","extension":{"id":"EXT-000"}}',
        },
      ],
    ];
    for (const [path, init] of calls) {
      expect((await fetch(`${served.url}${path}`, init)).status).toBe(200);
      // In-process, a test plays the client's IP with the header; over HTTP the adapter sets it from the socket.
      const headers = { ...(init.headers as Record<string, string>), 'x-mock-client-ip': '127.0.0.1' };
      expect((await getResponse(viaMsw.handlers, new Request(`${ORIGIN}${path}`, { ...init, headers })))!.status).toBe(
        200,
      );
    }
    expect(overHttp).toHaveLength(2);
    const withoutBody = (list: Seen[]) => list.map(({ body: _, ...rest }) => rest);
    expect(withoutBody(overHttp)).toEqual(withoutBody(inProcess));
    expect(overHttp[0]!.body).toBe('');
    expect(inProcess[0]!.body).toBe('');
    // The pipeline has read the POST body: in-process the Request's stream is spent; the deferred one has none.
    expect(inProcess[1]!.body).toBeNull();
    expect(overHttp[1]!.body).toBe('');
    expect(overHttp[0]!.headers['x-custom']).toBe('padded');
    expect(overHttp[1]!.headers['x-mock-client-ip']).toBe('127.0.0.1');
    expect(overHttp[1]!.ctxBody).toEqual({ name: 'n', extension: { id: 'EXT-000' } });
    expect(overHttp.every((s) => s.sameObject)).toBe(true);
  });

  it('joins repeated request headers as Headers.get does', async () => {
    const seen: Seen[] = [];
    served = await startMockServer({ handlers: recordingPlatform(seen).handlers, port: 0, origin: ORIGIN });
    const { port } = served;
    await new Promise<void>((resolve, reject) => {
      const outgoing = httpRequest(
        { host: '127.0.0.1', port, path: '/public/v1/modules', headers: { 'X-Custom': ['a', 'b'] } },
        (response) => {
          response.resume();
          response.on('end', resolve);
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
    expect(seen[0]!.headers['x-custom']).toBe(
      new Headers([
        ['x-custom', 'a'],
        ['x-custom', 'b'],
      ]).get('x-custom'),
    );
  });
});
