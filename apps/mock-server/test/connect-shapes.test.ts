/**
 * Connect's wire shapes where the emulator used to differ (issue 21, items 4 and 5), checked against the reference
 * extract of Connect's spec: `extension: {name}` on create, `account` and `user` in `/auth/context`, the token's
 * `handle`, Connect's webhook types and `jwt_secret` rules, and the one-object daily aggregate. Every response also
 * passes the contract check of the harness.
 */
import { describe, expect, it } from 'vitest';
import { createToken, usePlatform } from './harness';

const start = usePlatform();

/** Connect's `ns.Webhook.type` values, as the reference extract lists them. */
const CONNECT_WEBHOOK_TYPES = [
  'event',
  'validator',
  'inquiring_validator',
  'change_validator',
  'change_inquiring_validator',
  'renew_validator',
  'renew_inquiring_validator',
  'transfer_validator',
  'transfer_inquiring_validator',
  'draft_tcr_t1_val',
  'draft_tcr_t2_val',
  'tcr_setup_t1_inq_val',
  'tcr_setup_t2_inq_val',
  'tcr_update_t1_validator',
  'tcr_update_t2_validator',
  'tcr_update_t1_inq_val',
  'tcr_update_t2_inq_val',
];

function connectWebhook(overrides: Record<string, unknown> = {}) {
  return {
    object_class: 'fulfillment_request',
    label: 'Orders',
    product_id: 'PRD-000-000-001',
    description: 'Validates orders',
    external_url: 'https://hooks.test/orders',
    jwt_secret: 'a-long-enough-signing-secret',
    active: true,
    http_method: 'POST',
    ...overrides,
  };
}

describe('create with extension by name (Connect _ExtensionWrite)', () => {
  it('resolves Connect’s lowercase extension type name', async () => {
    const { api } = await start();
    const zapier = await api.post('/auth/tokens', { name: 'Zap', extension: { name: 'zapier' } });
    expect(zapier.status).toBe(201);
    expect(zapier.body.extension).toMatchObject({ id: 'EXT-002', name: 'Zapier' });
    const reports = await api.post('/auth/tokens', { name: 'Rep', extension: { name: 'reports' } });
    expect(reports.body.extension).toMatchObject({ id: 'EXT-001' });
  });

  it('resolves the display name of GET /extensions regardless of case', async () => {
    const { api } = await start();
    const created = await api.post('/auth/tokens', { name: 'Flow', extension: { name: 'FlowGear' } });
    expect(created.status).toBe(201);
    expect(created.body.extension.id).toBe('EXT-003');
  });

  it('takes the id when both id and name are sent', async () => {
    const { api } = await start();
    const created = await api.post('/auth/tokens', { name: 'Both', extension: { id: 'EXT-004', name: 'zapier' } });
    expect(created.status).toBe(201);
    expect(created.body.extension.id).toBe('EXT-004');
  });

  it('answers 400 VAL_001 naming extension.name for a name that resolves to nothing', async () => {
    const { api, platform } = await start();
    const before = platform.store.tokens.newestFirst().length;
    const result = await api.post('/auth/tokens', { name: 'Nope', extension: { name: 'salesforce' } });
    expect(result.status).toBe(400);
    expect(result.body.error_code).toBe('VAL_001');
    expect(result.body.errors).toEqual([
      expect.stringMatching(
        /^extension\.name: unknown extension "salesforce" \(extension names: custom, reports, zapier/,
      ),
    ]);
    expect(platform.store.tokens.newestFirst().length).toBe(before);
  });

  it('answers 400 VAL_001 naming extension when neither id nor name is sent', async () => {
    const { api } = await start();
    const result = await api.post('/auth/tokens', { name: 'Empty', extension: {} });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ error_code: 'VAL_001', errors: ['extension: must have an id or a name'] });
  });

  it('answers 400 VAL_001 naming extension.id for an id that resolves to nothing', async () => {
    const { api } = await start();
    const result = await api.post('/auth/tokens', { name: 'Gone', extension: { id: 'EXT-999' } });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ error_code: 'VAL_001', errors: ['extension.id: unknown extension "EXT-999"'] });
  });
});

describe('GET /auth/context in Connect’s shape', () => {
  it('carries account and user, the calling token as Connect’s system user, beside the additions', async () => {
    const { api } = await start();
    const { key, id } = await createToken(api, { name: 'Billing sync', permissions: [{ object: { id: 'MD-0007' } }] });
    const context = await api.get('/auth/context', { key });
    expect(context.status).toBe(200);
    expect(context.body.account).toEqual({
      id: 'PA-000-000',
      name: 'Mock Provider Inc.',
      icon: '/media/PA-000-000/logo.png',
    });
    expect(context.body.user).toEqual({ id, name: 'Billing sync' });
    expect(context.body.user.id).toMatch(/^SU-\d{3}-\d{3}-\d{3}$/);
    expect(context.body.token).toMatchObject({ id, name: 'Billing sync', extension: { id: 'EXT-000' } });
    expect(context.body.permissions).toEqual(['MD-0007']);
  });

  it('names the user after the token’s current name', async () => {
    const { api } = await start();
    const { key, id } = await createToken(api, { name: 'Before' });
    await api.put(`/auth/tokens/${id}`, { name: 'After' });
    expect((await api.get('/auth/context', { key })).body.user).toEqual({ id, name: 'After' });
  });
});

describe('the token’s read-only handle', () => {
  it('is the system user of the key, the part of token before the colon, in every response', async () => {
    const { api } = await start();
    const created = await api.post('/auth/tokens', { name: 'Handle', extension: { id: 'EXT-000' } });
    const { id } = created.body;
    expect(created.body.handle).toBe(id);
    expect(created.body.token.startsWith(`ApiKey ${created.body.handle}:`)).toBe(true);
    expect((await api.get(`/auth/tokens/${id}`)).body.handle).toBe(id);
    const listed = (await api.get('/auth/tokens')).body as { id: string; handle: string }[];
    expect(listed.every((token) => token.handle === token.id)).toBe(true);
  });

  it('does not change when the key is rotated or renewed', async () => {
    const { api } = await start();
    const { id } = await createToken(api);
    const rotated = await api.post(`/auth/tokens/${id}/rotate`);
    expect(rotated.body.handle).toBe(id);
    const renewed = await api.post(`/auth/tokens/${id}/renew`, { expiration_date: '2027-01-01T00:00:00Z' });
    expect(renewed.body.handle).toBe(id);
  });
});

describe('webhook type and jwt_secret as in Connect’s spec', () => {
  it('accepts every webhook type Connect lists and keeps it', async () => {
    const { api } = await start();
    for (const type of CONNECT_WEBHOOK_TYPES) {
      const created = await api.post('/notifications/webhooks', connectWebhook({ type, label: type }));
      expect(created.status, type).toBe(201);
      expect(created.body.type, type).toBe(type);
      expect((await api.get(`/notifications/webhooks/${created.body.id}`)).body.type, type).toBe(type);
    }
    const filtered = await api.get('/notifications/webhooks?type=renew_validator');
    expect(filtered.body.map((w: { label: string }) => w.label)).toEqual(['renew_validator']);
    // Connect's lookups for type include like and ilike.
    const searched = await api.get('/notifications/webhooks?ilike(type,*INQ_VAL)');
    expect(searched.status).toBe(200);
    expect(searched.body.map((w: { type: string }) => w.type).sort()).toEqual([
      'tcr_setup_t1_inq_val',
      'tcr_setup_t2_inq_val',
      'tcr_update_t1_inq_val',
      'tcr_update_t2_inq_val',
    ]);
  });

  it('defaults type to event and changes it on update', async () => {
    const { api } = await start();
    const created = await api.post('/notifications/webhooks', connectWebhook());
    expect(created.body.type).toBe('event');
    const updated = await api.put(`/notifications/webhooks/${created.body.id}`, { type: 'change_validator' });
    expect(updated.status).toBe(200);
    expect(updated.body.type).toBe('change_validator');
  });

  it('refuses a type outside Connect’s list with 400 VAL_001', async () => {
    const { api } = await start();
    const result = await api.post('/notifications/webhooks', connectWebhook({ type: 'sync_validator' }));
    expect(result.status).toBe(400);
    expect(result.body.error_code).toBe('VAL_001');
    expect(result.body.errors.join(' ')).toContain('type');
  });

  it('keeps the additions token and endpoint_record to event webhooks', async () => {
    const { api } = await start();
    const created = await api.post(
      '/notifications/webhooks',
      connectWebhook({ object_class: 'token', type: 'validator', product_id: undefined }),
    );
    expect(created.status).toBe(400);
    expect(created.body).toEqual({
      error_code: 'VAL_001',
      errors: ["type: must be event for object_class token (validator is for Connect's request classes)"],
    });
    const hook = (
      await api.post(
        '/notifications/webhooks',
        connectWebhook({ object_class: 'endpoint_record', product_id: undefined }),
      )
    ).body;
    const updated = await api.put(`/notifications/webhooks/${hook.id}`, { type: 'inquiring_validator' });
    expect(updated.status).toBe(400);
    expect(updated.body.errors).toEqual([
      "type: must be event for object_class endpoint_record (inquiring_validator is for Connect's request classes)",
    ]);
    expect((await api.get(`/notifications/webhooks/${hook.id}`)).body.type).toBe('event');
  });

  it('requires jwt_secret on create, as Connect does', async () => {
    const { api } = await start();
    const result = await api.post('/notifications/webhooks', connectWebhook({ jwt_secret: undefined }));
    expect(result.status).toBe(400);
    expect(result.body.error_code).toBe('VAL_001');
    expect(result.body.errors.join(' ')).toContain('jwt_secret');
  });

  it('takes a PUT with Connect’s full body, jwt_secret included, and never returns the secret', async () => {
    const { api } = await start();
    const hook = (await api.post('/notifications/webhooks', connectWebhook())).body;
    const updated = await api.put(
      `/notifications/webhooks/${hook.id}`,
      connectWebhook({ label: 'Orders v2', jwt_secret: 'a-new-signing-secret-0001' }),
    );
    expect(updated.status).toBe(200);
    expect(updated.body.label).toBe('Orders v2');
    expect(updated.text).not.toContain('a-new-signing-secret-0001');
  });
});

describe('/statistics/tokens/{id}/aggregates in Connect’s shape', () => {
  it('answers one object for today (UTC) with the day’s counts per status', async () => {
    const { api, platform } = await start();
    const { id, key } = await createToken(api, { permissions: [{ object: { id: 'MD-0007' } }] });
    await api.get('/auth/context', { key });
    await api.get('/auth/context', { key });
    await api.get('/products', { key }); // 403: no Catalog permission
    const today = await api.get(`/statistics/tokens/${id}/aggregates`);
    expect(today.status).toBe(200);
    expect(today.body).toEqual({
      date: '2026-03-01',
      statuses: [
        { code: '200', count: 2 },
        { code: '403', count: 1 },
      ],
    });

    platform.clock.advance(24 * 3600_000);
    await api.get('/auth/context', { key });
    expect((await api.get(`/statistics/tokens/${id}/aggregates`)).body).toEqual({
      date: '2026-03-02',
      statuses: [{ code: '200', count: 1 }],
    });
    expect((await api.get(`/statistics/tokens/${id}/aggregates?date=2026-03-01`)).body.statuses).toEqual([
      { code: '200', count: 2 },
      { code: '403', count: 1 },
    ]);
  });

  it('answers an empty statuses list for a day without requests', async () => {
    const { api } = await start();
    const { id } = await createToken(api);
    expect((await api.get(`/statistics/tokens/${id}/aggregates?date=2025-12-31`)).body).toEqual({
      date: '2025-12-31',
      statuses: [],
    });
  });

  it('answers 400 VAL_001 for a date that is not a calendar day', async () => {
    const { api } = await start();
    const { id } = await createToken(api);
    for (const date of ['yesterday', '2026-02-30', '2026-13-01', '2026-3-1']) {
      const result = await api.get(`/statistics/tokens/${id}/aggregates?date=${date}`);
      expect(result.status, date).toBe(400);
      expect(result.body, date).toEqual({ error_code: 'VAL_001', errors: ['date: must be a day (YYYY-MM-DD)'] });
    }
  });
});
