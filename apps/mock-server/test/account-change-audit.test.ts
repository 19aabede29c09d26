/**
 * Changes outside tokens are audited too: webhooks (created, updated, deleted) and the account IP ACL, each entry tied
 * to the request that made it and never carrying the webhook's signing secret.
 */
import { describe, expect, it } from 'vitest';
import { usePlatform } from './harness';

const start = usePlatform({ webhookRetryDelaysMs: [0, 0] });
const SECRET = 'webhook-signing-secret-0123456789abcdef';

describe('audit of account-level changes', () => {
  it('records webhook creation, update and deletion without the signing secret', async () => {
    const { api } = await start();
    const created = await api.post('/notifications/webhooks', {
      object_class: 'token',
      label: 'Token changes',
      description: 'Forwards token events',
      external_url: 'https://hooks.test/connect',
      jwt_secret: SECRET,
      active: true,
      http_method: 'POST',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const updated = await api.put(`/notifications/webhooks/${id}`, { label: 'Renamed' });
    expect(updated.status).toBe(200);
    expect((await api.del(`/notifications/webhooks/${id}`)).status).toBe(204);

    const audit = await api.get('/auth/audit?limit=1000');
    const entries = (audit.body as { type: string; token: unknown; details: Record<string, unknown> }[]).filter((e) =>
      e.type.startsWith('webhook.'),
    );
    expect(entries.map((e) => e.type).sort()).toEqual(['webhook.created', 'webhook.deleted', 'webhook.updated']);
    for (const entry of entries) {
      expect(entry.token).toBeNull();
      expect(entry.details.webhook_id).toBe(id);
      expect(entry.details.request_id).toEqual(expect.any(String));
    }
    expect(audit.text).not.toContain(SECRET);
  });

  it('records a change of the account IP ACL, and a rejected change not at all', async () => {
    const { api } = await start();
    const rejected = await api.put('/modules/integrations/settings', {
      acl: { ips: [{ name: 'office', ip_range: ['300.0.0.0/8'] }] },
    });
    expect(rejected.status).toBe(400);
    const accepted = await api.put('/modules/integrations/settings', {
      acl: { ips: [{ name: 'office', ip_range: ['203.0.113.0/24'] }] },
    });
    expect(accepted.status).toBe(200);

    // The ACL now applies to every token: outside it the admin is refused, inside it the audit is readable.
    expect((await api.get('/auth/audit', { ip: '198.51.100.7' })).body.error_code).toBe('AUTH_006');
    const audit = await api.get('/auth/audit?limit=1000', { ip: '203.0.113.5' });
    expect(audit.status).toBe(200);
    const entries = (audit.body as { type: string; details: Record<string, unknown> }[]).filter(
      (e) => e.type === 'account.settings_updated',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toMatchObject({
      setting: 'acl',
      entries: 1,
      request_id: accepted.headers.get('x-request-id'),
    });
  });
});
