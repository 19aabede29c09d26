/**
 * Webhooks: CRUD (jwt_secret write-only), signed deliveries of token lifecycle events, retries with last_success /
 * last_failure, the test trigger, and token.expiring. Receivers are MSW handlers on https://hooks.test, reached by the
 * platform's real `fetch`.
 */
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { loadSpec, SPEC_TEXT, SpecValidator } from '../src/index';
import { sha256Hex } from '../src/crypto/secrets';
import { verifyHs256 } from '../src/webhooks/jwt';
import { adminHeaders, createToken, ORIGIN, usePlatform } from './harness';

const start = usePlatform({ webhookRetryDelaysMs: [0, 0] });
const validator = new SpecValidator(loadSpec(SPEC_TEXT).document);
const SECRET = 'correct-horse-battery-staple-0123456789';
const HOOK = 'https://hooks.test/connect';

interface Received {
  headers: Headers;
  text: string;
  body: { id: string; type: string; at: string; data: any };
}

/** A webhook receiver at `url`: records every request; `answer(n)` decides the n-th (0-based) response. */
function receiver(
  url = HOOK,
  answer: (n: number) => Response | Promise<Response> = () => HttpResponse.json({ ok: true }),
) {
  const received: Received[] = [];
  const handler = http.post(url, async ({ request }) => {
    const text = await request.text();
    received.push({ headers: request.headers, text, body: JSON.parse(text) });
    return answer(received.length - 1);
  });
  return { handler, received, types: () => received.map((r) => r.body.type) };
}

function webhookBody(overrides: Record<string, unknown> = {}) {
  return {
    object_class: 'token',
    label: 'Token changes',
    description: 'Forwards token lifecycle events',
    external_url: HOOK,
    jwt_secret: SECRET,
    active: true,
    http_method: 'POST',
    ...overrides,
  };
}

function expectValidDelivery(delivery: Received): void {
  const outcome = validator.validate('#/components/schemas/WebhookDelivery', delivery.body);
  expect(outcome, `${delivery.body.type}: ${JSON.stringify(outcome)}`).toEqual({ ok: true });
}

describe('webhook CRUD', () => {
  it('creates, reads, lists with RQL, updates partially and deletes; jwt_secret is never returned', async () => {
    const { api } = await start();
    const created = await api.post('/notifications/webhooks', webhookBody({ events: ['token.created'] }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      type: 'event',
      object_class: 'token',
      active: true,
      product: null,
      events: ['token.created'],
    });
    expect(created.body.id).toMatch(/^WH-\d{3}-\d{3}-\d{3}$/);
    expect(created.text).not.toContain(SECRET);
    expect(created.body).not.toHaveProperty('jwt_secret');
    const id = created.body.id as string;

    const other = await api.post(
      '/notifications/webhooks',
      webhookBody({
        object_class: 'fulfillment_request',
        product_id: 'PRD-000-000-001',
        label: 'Fulfillment',
        active: false,
      }),
    );
    expect(other.status).toBe(201);
    expect(other.body.product).toEqual({ id: 'PRD-000-000-001', name: 'PRD-000-000-001' });

    const got = await api.get(`/notifications/webhooks/${id}`);
    expect(got.body.label).toBe('Token changes');
    expect(got.text).not.toContain(SECRET);

    const all = await api.get('/notifications/webhooks');
    expect(all.body).toHaveLength(2);
    expect(all.text).not.toContain(SECRET);
    expect((await api.get('/notifications/webhooks?object_class=token')).body.map((w: any) => w.id)).toEqual([id]);
    expect((await api.get('/notifications/webhooks?eq(active,false)')).body.map((w: any) => w.id)).toEqual([
      other.body.id,
    ]);
    expect((await api.get('/notifications/webhooks?search=fulfil')).body).toHaveLength(1);

    const updated = await api.put(`/notifications/webhooks/${id}`, { label: 'Renamed', jwt_secret: 'another-secret' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      label: 'Renamed',
      description: 'Forwards token lifecycle events',
      external_url: HOOK,
    });
    expect(updated.body.modified_at).not.toBeNull();
    expect(updated.text).not.toContain('another-secret');

    expect((await api.del(`/notifications/webhooks/${id}`)).status).toBe(204);
    expect((await api.get(`/notifications/webhooks/${id}`)).status).toBe(404);
  });

  it('requires product_id for Connect object classes and an http(s) external_url', async () => {
    const { api } = await start();
    const noProduct = await api.post('/notifications/webhooks', webhookBody({ object_class: 'usage_file' }));
    expect(noProduct.status).toBe(400);
    expect(noProduct.body.errors.join()).toContain('product_id');
    const ftp = await api.post('/notifications/webhooks', webhookBody({ external_url: 'ftp://hooks.test/x' }));
    expect(ftp.status).toBe(400);
    expect(ftp.body.errors.join()).toContain('external_url');
    const noSecret = await api.post('/notifications/webhooks', { ...webhookBody(), jwt_secret: undefined });
    expect(noSecret.body.error_code).toBe('VAL_001');
  });
});

describe('webhook delivery', () => {
  it('delivers token.created signed with an HS256 JWT over the body, without secrets', async () => {
    const { api, platform, server } = await start();
    const hook = receiver();
    server.use(hook.handler);
    const webhook = (await api.post('/notifications/webhooks', webhookBody())).body;
    const { id, key } = await createToken(api);
    await platform.webhooks.idle();

    expect(hook.types()).toEqual(['token.created']);
    const [delivery] = hook.received as [Received];
    expectValidDelivery(delivery);
    expect(delivery.body.data).toMatchObject({ type: 'token.created', token: { id } });
    expect(delivery.headers.get('content-type')).toBe('application/json');
    const auth = delivery.headers.get('authorization') ?? '';
    expect(auth).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    const jwt = auth.slice('Bearer '.length);
    const claims = await verifyHs256(jwt, SECRET);
    expect(claims).toMatchObject({
      webhook_id: webhook.id,
      delivery_id: delivery.body.id,
      sha256: await sha256Hex(delivery.text),
    });
    expect(typeof claims!.iat).toBe('number');
    expect(claims!.exp as number).toBeGreaterThan(claims!.iat as number);
    expect(await verifyHs256(jwt, 'wrong-secret')).toBeUndefined();
    // Neither the token's secret nor the webhook's secret travels in the payload.
    expect(delivery.text).not.toContain(key.split(':')[1]!);
    expect(delivery.text).not.toContain(SECRET);
  });

  it('delivers every lifecycle event: create, update, deactivate, activate, rotate, access denied, delete', async () => {
    const { api, platform, server } = await start();
    const hook = receiver();
    server.use(hook.handler);
    await api.post('/notifications/webhooks', webhookBody());
    const { id } = await createToken(api);
    await api.put(`/auth/tokens/${id}`, { name: 'Renamed' });
    await api.post(`/auth/tokens/${id}/deactivate`);
    await api.post(`/auth/tokens/${id}/activate`);
    const rotated = await api.post(`/auth/tokens/${id}/rotate`);
    expect(rotated.status).toBe(200);
    expect((await api.get('/auth/context', { key: `ApiKey ${id}:${'0'.repeat(40)}` })).status).toBe(401);
    await api.del(`/auth/tokens/${id}`);
    await platform.webhooks.idle();

    // Deliveries run concurrently, so arrival order is up to timing; the emission order is the delivery-id order.
    const byDeliveryId = [...hook.received]
      .sort((a, b) => String(a.body.id).localeCompare(String(b.body.id)))
      .map((d) => d.body.type);
    expect(byDeliveryId).toEqual([
      'token.created',
      'token.updated',
      'token.deactivated',
      'token.activated',
      'token.rotated',
      'token.access_denied',
      'token.deleted',
    ]);
    for (const delivery of hook.received) expectValidDelivery(delivery);
    const denied = hook.received.find((d) => d.body.type === 'token.access_denied')!;
    expect(denied.body.data).toMatchObject({ reason: 'AUTH_001', token: { id } });
    // The rotated key is never in a delivery.
    const newSecret = (rotated.body.token as string).split(':')[1]!;
    expect(hook.received.some((d) => d.text.includes(newSecret))).toBe(false);
    // Delivery ids are unique.
    expect(new Set(hook.received.map((d) => d.body.id)).size).toBe(hook.received.length);
  });

  it('honours the events filter, the object class and the active flag', async () => {
    const { api, platform, server } = await start();
    const onlyDeletes = receiver('https://hooks.test/deletes');
    const inactive = receiver('https://hooks.test/inactive');
    const records = receiver('https://hooks.test/records');
    server.use(onlyDeletes.handler, inactive.handler, records.handler);
    await api.post(
      '/notifications/webhooks',
      webhookBody({ external_url: 'https://hooks.test/deletes', events: ['token.deleted'] }),
    );
    await api.post(
      '/notifications/webhooks',
      webhookBody({ external_url: 'https://hooks.test/inactive', active: false }),
    );
    await api.post(
      '/notifications/webhooks',
      webhookBody({ external_url: 'https://hooks.test/records', object_class: 'endpoint_record' }),
    );
    const { id } = await createToken(api);
    await api.del(`/auth/tokens/${id}`);
    await platform.webhooks.idle();
    expect(onlyDeletes.types()).toEqual(['token.deleted']);
    expect(inactive.received).toHaveLength(0);
    expect(records.received).toHaveLength(0);
  });

  it('retries a failed delivery with backoff, then records last_failure and last_success', async () => {
    const { api, platform, server } = await start();
    const hook = receiver(HOOK, (n) =>
      n < 2 ? HttpResponse.json({ error: 'busy' }, { status: 500 }) : HttpResponse.json({ ok: true }),
    );
    server.use(hook.handler);
    const webhook = (await api.post('/notifications/webhooks', webhookBody())).body;
    await createToken(api);
    await platform.webhooks.idle();

    expect(hook.types()).toEqual(['token.created', 'token.created', 'token.created']);
    expect(new Set(hook.received.map((d) => d.body.id)).size).toBe(1); // retries keep the delivery id
    const after = (await api.get(`/notifications/webhooks/${webhook.id}`)).body;
    expect(after.last_failure).toMatchObject({
      status: 'failure',
      status_code: 500,
      errors: 'HTTP 500',
      response: { error: 'busy' },
    });
    expect(after.last_success).toMatchObject({
      status: 'success',
      status_code: 200,
      errors: null,
      response: { ok: true },
    });
    expect(after.stats).toEqual({
      events: 1,
      triggers: 3,
      success_triggers: 1,
      failure_triggers: 2,
      failure_since_last_success: 0,
    });
    expect(after.last_event).not.toBeNull();
  });

  it('gives up after the last retry: connection errors are failures without a status code', async () => {
    const { api, platform, server } = await start();
    const hook = receiver(HOOK, () => HttpResponse.error());
    server.use(hook.handler);
    const webhook = (await api.post('/notifications/webhooks', webhookBody())).body;
    await createToken(api);
    await platform.webhooks.idle();
    expect(hook.received).toHaveLength(3);
    const after = (await api.get(`/notifications/webhooks/${webhook.id}`)).body;
    expect(after.last_success).toBeNull();
    expect(after.last_failure).toMatchObject({ status: 'failure', status_code: null });
    expect(after.last_failure.errors).toMatch(/connection error/);
    expect(after.stats).toMatchObject({ triggers: 3, failure_triggers: 3, failure_since_last_success: 3 });
  });

  it('never blocks the API request: a hanging receiver times out in the background', async () => {
    const { api, platform, server } = await start({ webhookTimeoutMs: 100, webhookRetryDelaysMs: [] });
    server.use(
      http.post(HOOK, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const webhook = (await api.post('/notifications/webhooks', webhookBody())).body;
    const created = await api.post('/auth/tokens', { name: 'Fast', extension: { id: 'EXT-000' } });
    expect(created.status).toBe(201);
    expect(platform.webhooks.inFlight).toBe(1); // the API answered while the delivery is still under way
    await platform.webhooks.idle();
    const after = (await api.get(`/notifications/webhooks/${webhook.id}`)).body;
    expect(after.last_failure).toMatchObject({ status: 'failure', status_code: null, errors: 'timeout' });
  });

  it('announces token.expiring once, when a token is first seen inside the 14-day window', async () => {
    const { api, platform, server } = await start();
    const hook = receiver();
    server.use(hook.handler);
    await api.post('/notifications/webhooks', webhookBody());
    const { id } = await createToken(api, { expiration_date: '2026-03-31T12:00:00Z' });
    platform.clock.set('2026-03-10T12:00:00Z'); // 21 days left: still active
    await platform.webhooks.idle();
    expect(hook.types()).toEqual(['token.created']);
    platform.clock.set('2026-03-20T12:00:00Z'); // 11 days left: expiring
    await platform.webhooks.idle();
    platform.clock.advance(86_400_000);
    await api.get(`/auth/tokens/${id}`);
    await platform.webhooks.idle();
    expect(hook.types()).toEqual(['token.created', 'token.expiring']);
    expect(hook.received[1]!.body.data).toMatchObject({
      type: 'token.expiring',
      token: { id },
      details: { expiration_date: '2026-03-31T12:00:00.000Z' },
    });
  });
});

describe('webhook lifecycle with the platform', () => {
  it('rejects an events filter that can never match the object class', async () => {
    const { api } = await start();
    const wrong = await api.post('/notifications/webhooks', webhookBody({ events: ['endpoint_record.created'] }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.join()).toContain('events.0');
    const right = await api.post(
      '/notifications/webhooks',
      webhookBody({ object_class: 'endpoint_record', events: ['endpoint_record.created', 'webhook.test'] }),
    );
    expect(right.status).toBe(201);
  });

  it('scans for expiring tokens when POST /__mock/clock moves the clock', async () => {
    const { api, platform, server } = await start();
    const hook = receiver();
    server.use(hook.handler);
    await api.post('/notifications/webhooks', webhookBody());
    await createToken(api, { expiration_date: '2026-03-31T12:00:00Z' });
    const moved = await fetch(`${ORIGIN}/__mock/clock`, {
      method: 'POST',
      headers: adminHeaders(platform),
      body: JSON.stringify({ advanceMs: 20 * 86_400_000 }),
    });
    expect(moved.status).toBe(200);
    await platform.webhooks.idle();
    expect(hook.types()).toEqual(['token.created', 'token.expiring']);
  });

  it('reset drops webhooks and stops their pending retries', async () => {
    const { api, platform, server } = await start({ webhookRetryDelaysMs: [50, 50] });
    const hook = receiver(HOOK, () => HttpResponse.json({}, { status: 503 }));
    server.use(hook.handler);
    await api.post('/notifications/webhooks', webhookBody());
    await createToken(api);
    await platform.reset();
    await platform.webhooks.idle();
    expect(hook.received).toHaveLength(1); // the first attempt only: the retries saw the webhook gone
    expect((await api.get('/notifications/webhooks')).body).toEqual([]);
    await createToken(api);
    await platform.webhooks.idle();
    expect(hook.received).toHaveLength(1);
  });
});

describe('webhook trigger', () => {
  it('sends webhook.test even to an inactive webhook and answers with the outcome', async () => {
    const { api, server } = await start();
    const hook = receiver();
    server.use(hook.handler);
    const webhook = (await api.post('/notifications/webhooks', webhookBody({ active: false }))).body;
    const triggered = await api.post(`/notifications/webhooks/${webhook.id}/trigger`);
    expect(triggered.status).toBe(200);
    expect(triggered.body).toMatchObject({ status: 'success', status_code: 200, errors: null, response: { ok: true } });
    expect(hook.received).toHaveLength(1);
    const [delivery] = hook.received as [Received];
    expectValidDelivery(delivery);
    expect(delivery.body).toMatchObject({ type: 'webhook.test', data: { webhook_id: webhook.id } });
    expect(await verifyHs256(delivery.headers.get('authorization')!.slice(7), SECRET)).toMatchObject({
      webhook_id: webhook.id,
    });
    const after = (await api.get(`/notifications/webhooks/${webhook.id}`)).body;
    expect(after.last_success).toEqual(triggered.body);
  });

  it('reports a failed test delivery as a 200 with status failure, stored in last_failure', async () => {
    const { api, server } = await start();
    server.use(http.post(HOOK, () => new HttpResponse('nope', { status: 401 })));
    const webhook = (await api.post('/notifications/webhooks', webhookBody())).body;
    const triggered = await api.post(`/notifications/webhooks/${webhook.id}/trigger`);
    expect(triggered.status).toBe(200);
    expect(triggered.body).toMatchObject({
      status: 'failure',
      status_code: 401,
      errors: 'HTTP 401',
      response: { text: 'nope' },
    });
    expect((await api.get(`/notifications/webhooks/${webhook.id}`)).body.last_failure).toEqual(triggered.body);
    expect((await api.post('/notifications/webhooks/WH-999-999-999/trigger')).status).toBe(404);
  });
});
