/**
 * A server that echoes the caller's key (in `X-Request-Id`, other headers, the reason phrase, the body) over real
 * HTTP: nothing of it reaches the thrown error, its message, `JSON.stringify`, `util.inspect` or its `headers`, in
 * any spelling of the key.
 */
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectError, createClient } from '../src/index';
import { startLoopbackServer, type LoopbackServer } from './support/loopback-server';

const SECRET = '0123456789abcdef0123456789abcdef01234567';
const servers: LoopbackServer[] = [];
afterEach(async () => {
  while (servers.length > 0) await servers.pop()!.close();
});

/** Answers every request with `status`, quoting the request's Authorization header everywhere it can. */
function echoingServer(status: number, body: 'json' | 'text') {
  return startLoopbackServer((request, res) => {
    const auth = String(request.headers.authorization ?? '');
    const headers = {
      'content-type': body === 'json' ? 'application/json' : 'text/plain',
      'x-request-id': `req-${auth}`,
      'x-debug-authorization': auth,
      'x-bare-secret': SECRET,
      'www-authenticate': `Bearer realm="api", error="invalid_token", token="${SECRET}"`,
    };
    const text =
      body === 'json'
        ? JSON.stringify({ error_code: `AUTH_${SECRET}`, errors: [`key ${auth} refused`, `secret ${SECRET}`] })
        : `refused ${auth} (${SECRET}) apikey su-123-456-789:${SECRET}`;
    res.writeHead(status, `Refused ${SECRET}`, headers).end(text);
  });
}

async function thrown(promise: Promise<unknown>): Promise<ConnectError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectError);
  return error as ConnectError;
}

function everyTextOf(error: ConnectError): string {
  return [
    error.message,
    error.stack,
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    JSON.stringify(error.headers),
    error.requestId,
    error.rawBody,
    error.errorCode,
    ...error.errors,
  ].join('\n');
}

describe('errors from a server that echoes the key', () => {
  for (const [spelling, apiKey] of [
    ['ApiKey SU-…:secret', `ApiKey SU-123-456-789:${SECRET}`],
    ['SU-…:secret', `SU-123-456-789:${SECRET}`],
    ['bare secret', SECRET],
    ['Bearer secret', `Bearer ${SECRET}`],
  ] as const) {
    for (const [status, body] of [
      [403, 'json'],
      [502, 'text'],
    ] as const) {
      it(`redacts request id, headers, reason phrase and body for a key given as ${spelling} (${status} ${body})`, async () => {
        const server = await echoingServer(status, body);
        servers.push(server);
        const client = createClient({ endpoint: `${server.origin}/public/v1`, apiKey, maxRetries: 0, logLevel: 'off' });

        const error = await thrown(client.whoami());

        expect(server.received[0]!.headers.authorization).toContain(SECRET);
        expect(error.status).toBe(status);
        expect(error.requestId).toMatch(/^req-/);
        expect(error.headers?.['x-debug-authorization']).toMatch(/\*\*\*\*/);
        expect(everyTextOf(error)).not.toContain(SECRET);
      });
    }
  }
});
