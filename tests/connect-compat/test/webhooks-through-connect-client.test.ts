/**
 * `/notifications/webhooks` through the SDK's own `client.webhooks`, over HTTP, with the bodies Connect's spec
 * describes: every webhook type Connect lists, `jwt_secret` required on create and write-only, Connect's full `PUT`.
 */
import { describe, expect, it } from 'vitest';
import { APIError } from './support/connect-sdk';
import { useEmulatorOverHttp } from './support/emulator';

const env = useEmulatorOverHttp(214);
const SECRET = 'compat-suite-signing-secret-0001';

/** A create body as Connect's spec requires it (`ns_webhook_list_createWebhook`). */
function connectBody(overrides: Record<string, unknown> = {}) {
  return {
    type: 'event',
    object_class: 'fulfillment_request',
    label: 'Compat orders',
    product_id: 'PRD-000-000-001',
    description: 'Created by connect-javascript-sdk',
    external_url: 'https://hooks.example.org/orders',
    jwt_secret: SECRET,
    active: true,
    http_method: 'POST',
    data: {},
    headers: {},
    ...overrides,
  };
}

async function refusal(call: () => Promise<unknown>): Promise<APIError> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(APIError);
    return error as APIError;
  }
  throw new Error('expected the call to be refused');
}

describe('client.webhooks against the emulator', () => {
  it('creates validator and event webhooks with Connect’s body; the secret is never returned', async () => {
    const validator = await env.client.webhooks.create(
      connectBody({ type: 'inquiring_validator', label: 'Compat inquiring' }),
    );
    expect(validator).toMatchObject({
      type: 'inquiring_validator',
      object_class: 'fulfillment_request',
      product: { id: 'PRD-000-000-001' },
    });
    expect(JSON.stringify(validator)).not.toContain(SECRET);
    const fetched = await env.client.webhooks.get(validator.id);
    expect(fetched.type).toBe('inquiring_validator');
    expect(fetched).not.toHaveProperty('jwt_secret');
    const event = await env.client.webhooks.create(connectBody({ label: 'Compat event' }));
    expect(event.type).toBe('event');
  });

  it('filters by type with the builder’s eq, in and ilike forms', async () => {
    const a = await env.client.webhooks.create(connectBody({ type: 'change_validator', label: 'Compat change' }));
    const b = await env.client.webhooks.create(
      connectBody({ type: 'renew_inquiring_validator', label: 'Compat renew' }),
    );
    const ids = async (filters: object) =>
      ((await env.client.webhooks.search(filters)) as { id: string }[]).map((w) => w.id).sort();
    expect(await ids({ type: 'change_validator' })).toEqual([a.id]);
    expect(await ids({ type: { $in: ['change_validator', 'renew_inquiring_validator'] } })).toEqual(
      [a.id, b.id].sort(),
    );
    const inquiring = (
      (await env.client.webhooks.search({ type: { $ilike: 'inquiring' }, limit: 100 })) as { type: string }[]
    ).map((w) => w.type);
    expect(inquiring.length).toBeGreaterThan(0);
    expect(inquiring.every((type) => type.includes('inquiring'))).toBe(true);
  });

  it('updates with Connect’s full PUT body, jwt_secret included', async () => {
    const created = await env.client.webhooks.create(connectBody({ label: 'Compat full put' }));
    const updated = await env.client.webhooks.update(
      created.id,
      connectBody({ type: 'transfer_validator', label: 'Compat full put v2', jwt_secret: 'another-compat-secret-02' }),
    );
    expect(updated).toMatchObject({ id: created.id, type: 'transfer_validator', label: 'Compat full put v2' });
    expect(JSON.stringify(updated)).not.toContain('another-compat-secret-02');
  });

  it('refuses a create without jwt_secret: 400 VAL_001 naming it', async () => {
    const { jwt_secret: _omitted, ...body } = connectBody();
    const error = await refusal(() => env.client.webhooks.create(body));
    expect(error.status).toBe(400);
    expect(error.errorCode).toBe('VAL_001');
    expect(error.errors.join(' ')).toContain('jwt_secret');
  });

  it('refuses a type Connect does not list: 400 VAL_001 naming type', async () => {
    const error = await refusal(() => env.client.webhooks.create(connectBody({ type: 'sync_validator' })));
    expect(error.status).toBe(400);
    expect(error.errorCode).toBe('VAL_001');
    expect(error.errors.join(' ')).toContain('type');
  });

  it('deletes a webhook: get is then a 404 APIError', async () => {
    const created = await env.client.webhooks.create(connectBody({ label: 'Compat delete' }));
    await env.client.webhooks.delete(created.id);
    expect((await refusal(() => env.client.webhooks.get(created.id))).status).toBe(404);
  });

  // DRF (and so Connect) ignores read-only and undeclared keys: the object GET returned, edited, is a valid body.
  it('updates with the body GET returned, one field edited', async () => {
    const created = await env.client.webhooks.create(connectBody({ label: 'Compat GET-edited' }));
    const fetched = await env.client.webhooks.get(created.id);
    const updated = await env.client.webhooks.update(created.id, { ...fetched, label: 'Compat GET-edited v2' });
    expect(updated).toMatchObject({ id: created.id, label: 'Compat GET-edited v2', type: 'event', active: true });
  });
});
