/**
 * Redirects against real loopback servers on two ports (two origins): the SDK follows a redirect only within the
 * request's origin, so a server (or anyone who can make it answer 3xx) cannot have the key and the body, such as a
 * webhook's `jwt_secret`, sent to another origin.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectError, createClient } from '../src/index';
import { startLoopbackServer, type LoopbackServer } from './support/loopback-server';

const SECRET = 'c0ffee'.repeat(6) + 'c0de';
const KEY = `ApiKey SU-123-456-789:${SECRET}`;
const JWT_SECRET = 'webhook-signing-secret-never-elsewhere';
const servers: LoopbackServer[] = [];
afterEach(async () => {
  while (servers.length > 0) await servers.pop()!.close();
});

const hook = {
  object_class: 'token',
  label: 'redirect probe',
  external_url: 'https://hooks.example/x',
  jwt_secret: JWT_SECRET,
  active: true,
  description: null,
  http_method: 'POST',
} as const;

function client(origin: string) {
  return createClient({ endpoint: `${origin}/public/v1`, apiKey: KEY, maxRetries: 0, logLevel: 'off' });
}

async function rejection(promise: Promise<unknown>): Promise<ConnectError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(ConnectError);
  return outcome as ConnectError;
}

describe('redirects', () => {
  it('does not follow a 307 to another origin: the body and the key never reach it', async () => {
    const elsewhere = await startLoopbackServer((_request, res) =>
      res.writeHead(201, { 'content-type': 'application/json' }).end('{}'),
    );
    const api = await startLoopbackServer((request, res) =>
      res.writeHead(307, { location: `${elsewhere.origin}${request.url}` }).end(),
    );
    servers.push(elsewhere, api);

    const error = await rejection(client(api.origin).webhooks.create(hook));

    expect(error.status).toBe(307);
    expect(error.message).toContain(`redirect to ${elsewhere.origin}/public/v1/notifications/webhooks not followed`);
    expect(api.received).toHaveLength(1);
    expect(api.received[0]!.body).toContain(JWT_SECRET);
    expect(elsewhere.received).toHaveLength(0);
  });

  it('does not follow 301, 302, 303 or 308 to another origin either', async () => {
    const elsewhere = await startLoopbackServer((_request, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    );
    servers.push(elsewhere);
    for (const status of [301, 302, 303, 308]) {
      const api = await startLoopbackServer((request, res) =>
        res.writeHead(status, { location: `${elsewhere.origin}${request.url}` }).end(),
      );
      servers.push(api);
      const error = await rejection(client(api.origin).whoami());
      expect(error.status, String(status)).toBe(status);
    }
    expect(elsewhere.received).toHaveLength(0);
  });

  it('follows a 308 within the same origin with the same method, body and key', async () => {
    const api = await startLoopbackServer((request, res) => {
      if (request.url === '/public/v1/notifications/webhooks') {
        res.writeHead(308, { location: '/public/v1/notifications/webhooks-moved' }).end();
        return;
      }
      res
        .writeHead(201, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: 'WH-000-000-001', moved: true }));
    });
    servers.push(api);

    const created = await client(api.origin).webhooks.create(hook);

    expect(created).toMatchObject({ id: 'WH-000-000-001', moved: true });
    expect(api.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /public/v1/notifications/webhooks',
      'POST /public/v1/notifications/webhooks-moved',
    ]);
    expect(api.received[1]!.body).toBe(api.received[0]!.body);
    expect(api.received[1]!.headers.authorization).toBe(KEY);
  });

  it('turns a POST into a GET without a body on a same-origin 303', async () => {
    const api = await startLoopbackServer((request, res) => {
      if (request.method === 'POST') res.writeHead(303, { location: '/public/v1/notifications/webhooks/WH-1' }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'WH-1' }));
    });
    servers.push(api);

    await client(api.origin).webhooks.create(hook);

    expect(api.received[1]).toMatchObject({ method: 'GET', url: '/public/v1/notifications/webhooks/WH-1', body: '' });
  });

  it('reports a redirect with an unusable Location as the answer instead of failing the connection', async () => {
    const api = await startLoopbackServer((_request, res) =>
      res.writeHead(302, { location: 'http://[not-an-address' }).end(),
    );
    servers.push(api);

    const error = await rejection(client(api.origin).whoami());

    expect(error.status).toBe(302);
    expect(error.message).toContain('not followed');
    expect(api.received).toHaveLength(1);
  });

  it('stops after 5 same-origin redirects and reports the last one', async () => {
    const api = await startLoopbackServer((request, res) => res.writeHead(307, { location: request.url }).end());
    servers.push(api);

    const error = await rejection(client(api.origin).whoami());

    expect(error.status).toBe(307);
    expect(api.received).toHaveLength(6);
  });
});
