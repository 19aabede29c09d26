/**
 * A client that stops sending in the middle of a body: the node:http adapter reads API bodies straight from the
 * socket (no web stream), so a body cut off there must end as it did through the stream, as a 400 VAL_001 in the
 * request log, with the process serving on and nothing thrown outside a handler. Over a real socket: the in-process
 * msw path cannot see this.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../src/index';
import { useServedPlatform } from './served-platform';

const logged: RequestLogEntry[] = [];
const served = useServedPlatform({ seed: 12, now: '2026-03-01T12:00:00Z', log: (entry) => logged.push(entry) });
const { platform, uncaught } = served;

/** Sends the head of a `POST /auth/tokens` and the start of its body, then resets the connection. */
async function cutOff(framing: string, start: string): Promise<void> {
  const socket = connect(served.server.port, '127.0.0.1');
  socket.on('error', () => undefined);
  await new Promise((resolve) => socket.once('connect', resolve));
  // Once the server has the request and its pending promises have run, the pipeline is reading the body.
  const reading = new Promise((resolve) => served.server.server.once('request', () => setImmediate(resolve)));
  socket.write(
    `POST /public/v1/auth/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${platform.bootstrapKey}\r\n` +
      `Content-Type: application/json\r\n${framing}\r\n\r\n${start}`,
  );
  await reading;
  socket.resetAndDestroy();
}

/** Waits until the log has `count` entries (the pipeline answers a cut-off body once the socket's error arrives). */
async function loggedEntries(count: number): Promise<RequestLogEntry[]> {
  for (let attempt = 0; attempt < 200 && logged.length < count; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return logged.slice(0, count);
}

describe('a request body cut off over HTTP', () => {
  it('ends as 400 VAL_001, with or without Content-Length, and the emulator keeps serving', async () => {
    await cutOff('Content-Length: 1000', '{"name":');
    await cutOff('Transfer-Encoding: chunked', '5\r\n{"nam\r\n');
    const entries = await loggedEntries(2);
    expect(entries.map((e) => [e.method, e.path, e.status, e.errorCode])).toEqual([
      ['POST', '/auth/tokens', 400, 'VAL_001'],
      ['POST', '/auth/tokens', 400, 'VAL_001'],
    ]);
    const alive = await fetch(`${served.server.url}/public/v1/modules`, {
      headers: { authorization: platform.bootstrapKey },
    });
    expect(alive.status).toBe(200);
    expect(uncaught).toEqual([]);
  });
});
