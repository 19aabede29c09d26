/**
 * Over real HTTP (no MSW): the node:http server serves the platform, and webhook deliveries reach a real receiver
 * through the global fetch, signed as the spec says. Also exercises the endpoint data path over the wire.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockPlatform, startMockServer, verifyHs256, type MockServer } from '../src/index';
import { sha256Hex } from '../src/crypto/secrets';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length > 0) await closers.pop()!();
});

async function realReceiver() {
  const received: { headers: IncomingHttpHeaders; text: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, text: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"received":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

describe('webhooks over real HTTP', () => {
  it('delivers signed endpoint_record and endpoint events from a served platform to a real receiver', async () => {
    const platform = createMockPlatform({ seed: 7, webhookRetryDelaysMs: [0, 0] });
    await platform.ready;
    const served: MockServer = await startMockServer({
      handlers: platform.handlers,
      port: 0,
      origin: 'http://127.0.0.1:4010',
    });
    closers.push(() => served.close());
    const receiver = await realReceiver();
    const api = `${served.url}/public/v1`;
    const json = { 'content-type': 'application/json', authorization: platform.bootstrapKey };

    for (const object_class of ['token', 'endpoint_record']) {
      const created = await fetch(`${api}/notifications/webhooks`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          object_class,
          label: object_class,
          description: null,
          external_url: receiver.url,
          jwt_secret: 'over-http',
          active: true,
          http_method: 'POST',
        }),
      });
      expect(created.status).toBe(201);
    }
    const endpoint = await (
      await fetch(`${api}/integrations/endpoints`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ name: 'Inbox' }),
      })
    ).json();
    const post = endpoint.primary_tokens.find((t: { method: string }) => t.method === 'POST').value as string;
    const sent = await fetch(`${api}/integrations/endpoints/${endpoint.id}/data`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-endpoint-token': post },
      body: JSON.stringify({ order: 1 }),
    });
    expect(sent.status).toBe(201);
    await platform.webhooks.idle();

    const types = receiver.received.map((r) => JSON.parse(r.text).type).sort();
    expect(types).toEqual(['endpoint.created', 'endpoint_record.created']);
    for (const delivery of receiver.received) {
      const claims = await verifyHs256(String(delivery.headers.authorization).replace(/^Bearer /, ''), 'over-http');
      expect(claims?.sha256).toBe(await sha256Hex(delivery.text));
      expect(delivery.text).not.toContain(post);
    }
  });
});
