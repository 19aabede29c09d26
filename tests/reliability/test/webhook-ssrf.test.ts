/**
 * Webhooks are outbound requests a token holder with MD-0007 chooses, and the receiver's answer is shown back. Over
 * real HTTP, such a holder cannot point them at the emulator itself (its admin routes), at link-local or metadata
 * addresses, or at private ones when those are off; a name that resolves to a refused address is caught when the
 * delivery connects; a redirect is never followed; and at most 64 KiB of an answer is kept.
 */
import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESPONSE_READ_LIMIT } from '@connect-tokens/mock-server';
import { call, servePlatform, startReceiver, webhookBody, type ServedPlatform } from './support/http-emulator';

let served: ServedPlatform;
let holder: Record<string, string>;
const closers: (() => Promise<void>)[] = [];

beforeEach(async () => {
  served = await servePlatform({ seed: 'ssrf' });
  closers.push(served.close);
  // The attacker: a token with the Integrations module only.
  const { key } = await served.platform.issueToken({ permissions: [{ id: 'MD-0007', name: 'Integrations' }] });
  holder = { 'content-type': 'application/json', authorization: key };
});
afterEach(async () => {
  while (closers.length > 0) await closers.pop()!();
});

/** `POST /notifications/webhooks` of a webhook delivering to `target`, as the token holder. */
function createWebhook(target: string) {
  return call(`${served.api}/notifications/webhooks`, { method: 'POST', headers: holder, body: webhookBody(target) });
}

/** `POST /notifications/webhooks/{id}/trigger`, as the token holder: one delivery, its result answered. */
function triggerWebhook(id: string) {
  return call(`${served.api}/notifications/webhooks/${id}/trigger`, { method: 'POST', headers: holder });
}

/** The store is intact: the tokens that existed before are still there (a reset would drop the issued one). */
function storeSize() {
  return served.platform.store.tokens.size;
}

describe('webhook targets over HTTP', () => {
  it("refuses the emulator's own admin routes in every spelling of its address with 400 VAL_001, on create and update", async () => {
    const port = served.server.port;
    const spellings = [
      '127.0.0.1',
      'localhost',
      '[::1]',
      '0.0.0.0',
      '2130706433',
      '0x7f000001',
      '0177.0.0.1',
      '127.1',
      '[::ffff:127.0.0.1]',
    ];
    const before = storeSize();
    const existing = await createWebhook('https://hooks.example/x');
    expect(existing.status).toBe(201);
    for (const host of spellings) {
      const target = `http://${host}:${port}/__mock/reset`;
      const created = await createWebhook(target);
      expect(created.status, target).toBe(400);
      expect(created.body.error_code).toBe('VAL_001');
      expect(created.body.errors.join(' ')).toMatch(/external_url: refused as a webhook target: .*own address/);
      const updated = await call(`${served.api}/notifications/webhooks/${existing.body.id}`, {
        method: 'PUT',
        headers: holder,
        body: { external_url: target },
      });
      expect(updated.status, target).toBe(400);
    }
    expect(storeSize()).toBe(before);
    expect(
      (await call(`${served.api}/notifications/webhooks/${existing.body.id}`, { headers: holder })).body.external_url,
    ).toBe('https://hooks.example/x');
  });

  it('refuses link-local, cloud metadata and multicast addresses even when private targets are allowed', async () => {
    for (const target of [
      'http://169.254.169.254/latest/meta-data/',
      'http://[fe80::1]/',
      'http://2852039166/',
      'http://100.100.100.200/',
      'http://[fd00:ec2::254]/',
      'http://239.1.1.1/',
    ]) {
      const created = await createWebhook(target);
      expect(created.status, target).toBe(400);
      expect(created.body.error_code).toBe('VAL_001');
    }
  });

  it('refuses loopback and private receivers when private targets are off (the in-process option mirrors the CLI flag)', async () => {
    const closed = await servePlatform({ seed: 'ssrf-closed', webhookTargets: { allowPrivate: false } });
    closers.push(closed.close);
    const receiver = await startReceiver((_req, res) => res.end('{}'));
    closers.push(receiver.close);
    for (const target of [
      `${receiver.url}/hook`,
      'http://10.0.0.8/hook',
      'http://192.168.1.20/hook',
      'http://[fc00::5]/hook',
    ]) {
      const created = await call(`${closed.api}/notifications/webhooks`, {
        method: 'POST',
        headers: closed.admin,
        body: webhookBody(target),
      });
      expect(created.status, target).toBe(400);
      expect(created.body.errors.join(' ')).toContain('private webhook targets are off');
    }
    // Switched off after the webhook was stored: the delivery is checked again and nothing is sent.
    const open = await createWebhook(`${receiver.url}/hook`);
    expect(open.status).toBe(201);
    served.platform.webhooks.configure({ targets: { allowPrivate: false } });
    const triggered = await triggerWebhook(open.body.id);
    expect(triggered.body).toMatchObject({ status: 'failure', status_code: null });
    expect(triggered.body.errors).toMatch(/^refused target: /);
    expect(receiver.hits).toBe(0);
  });

  it('refuses, when the delivery connects, a host name that resolves to the emulator (checked against the resolved address)', async () => {
    const name = hostname();
    const resolved = await lookup(name).catch(() => undefined);
    // The machine's own name resolves to one of its addresses; without a resolvable name there is nothing to try.
    expect(resolved, `${name} must resolve for this test`).toBeDefined();
    const before = storeSize();
    const target = `http://${name}:${served.server.port}/__mock/reset`;
    const created = await createWebhook(target);
    expect(created.status).toBe(201);
    const triggered = await triggerWebhook(created.body.id);
    expect(triggered.body).toMatchObject({ status: 'failure', status_code: null });
    expect(triggered.body.errors).toMatch(/^refused target: .*own address/);
    expect(storeSize()).toBe(before);
  });

  it("does not follow a receiver's redirect to the emulator's admin routes", async () => {
    const before = storeSize();
    const receiver = await startReceiver((_req, res) =>
      res.writeHead(307, { location: `${served.server.url}/__mock/reset` }).end(),
    );
    closers.push(receiver.close);
    const created = await createWebhook(`${receiver.url}/hook`);
    expect(created.status).toBe(201);
    const triggered = await triggerWebhook(created.body.id);
    expect(triggered.body).toMatchObject({ status: 'failure', status_code: 307, errors: 'HTTP 307' });
    expect(receiver.hits).toBe(1);
    expect(storeSize()).toBe(before);
  });

  it(`keeps at most ${RESPONSE_READ_LIMIT / 1024} KiB of a receiver's 20 MB answer, marked truncated, in the trigger result and every GET`, async () => {
    const huge = `{"padding":"${'x'.repeat(20 * 1024 * 1024)}"}`;
    const receiver = await startReceiver((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(huge),
    );
    closers.push(receiver.close);
    const created = await createWebhook(`${receiver.url}/hook`);
    const triggered = await triggerWebhook(created.body.id);
    expect(triggered.body).toMatchObject({ status: 'success', status_code: 200, response: { truncated: true } });
    expect(triggered.body.response.text.length).toBeLessThanOrEqual(4096);
    const read = await call(`${served.api}/notifications/webhooks/${created.body.id}`, { headers: holder });
    expect(read.body.last_success.response.truncated).toBe(true);
    expect(read.text.length).toBeLessThan(RESPONSE_READ_LIMIT);
    const listed = await call(`${served.api}/notifications/webhooks`, { headers: holder });
    expect(listed.text.length).toBeLessThan(RESPONSE_READ_LIMIT);
  });

  it('still delivers to a loopback receiver when private targets are allowed (local development)', async () => {
    const receiver = await startReceiver((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
    );
    closers.push(receiver.close);
    const created = await createWebhook(`${receiver.url}/hook`);
    const triggered = await triggerWebhook(created.body.id);
    expect(triggered.body).toMatchObject({ status: 'success', status_code: 200, response: { ok: true } });
    expect(receiver.hits).toBe(1);
  });
});
