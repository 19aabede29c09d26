import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { NotFoundError, rql } from '../src/index';
import { usePlatform } from './support/platform';

const t = usePlatform();
const RECEIVER = 'https://hooks.example.test/connect';

describe('client.webhooks against the emulator', () => {
  it('create, get, list, update, trigger and delete a webhook', async () => {
    const deliveries: unknown[] = [];
    t.server.use(
      http.post(RECEIVER, async ({ request }) => {
        deliveries.push(await request.json());
        return HttpResponse.json({ ok: true });
      }),
    );
    const hook = await t.client.webhooks.create({
      object_class: 'token',
      label: 'token events',
      external_url: RECEIVER,
      jwt_secret: 'a-very-long-shared-secret-for-tests',
      active: true,
      description: null,
      http_method: 'POST',
    });
    await expect(t.client.webhooks.get(hook.id)).resolves.toMatchObject({ label: 'token events' });
    expect((await t.client.webhooks.list(rql.eq('active', true)).toArray()).map((w) => w.id)).toContain(hook.id);
    await expect(t.client.webhooks.update(hook.id, { label: 'renamed' })).resolves.toMatchObject({ label: 'renamed' });
    const result = await t.client.webhooks.trigger(hook.id);
    expect(result.status).toBe('success');
    expect(deliveries.length).toBeGreaterThan(0);
    await t.client.webhooks.delete(hook.id);
    await expect(t.client.webhooks.get(hook.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('client.endpoints and client.endpointTokens against the emulator', () => {
  it('an endpoint gets primary tokens; a secondary token is mapped, switched off and removed', async () => {
    const endpoint = await t.client.endpoints.create({ name: 'orders inbox', authentication: 'token' });
    expect(endpoint.primary_tokens.map((p) => p.method).sort()).toEqual(['GET', 'POST']);
    await expect(t.client.endpoints.get(endpoint.id)).resolves.toMatchObject({ name: 'orders inbox' });
    expect(await t.client.endpoints.list().count()).toBe(1);
    await expect(t.client.endpoints.update(endpoint.id, { description: 'from the shop' })).resolves.toMatchObject({
      description: 'from the shop',
    });

    const primaries = await t.client.endpoints.primaryTokens(endpoint.id).toArray();
    expect(primaries).toHaveLength(2);
    const regenerated = await t.client.endpoints.regeneratePrimaryToken(endpoint.id, 'POST');
    expect(regenerated.value).toMatch(/^[A-Za-z0-9]{64}$/);

    const secondary = await t.client.endpointTokens.create({ name: 'shop app' });
    expect(secondary.value).toMatch(/^[A-Za-z0-9]{64}$/);
    await expect(t.client.endpointTokens.get(secondary.id)).resolves.toMatchObject({ name: 'shop app' });
    expect((await t.client.endpointTokens.list().toArray()).map((x) => x.id)).toContain(secondary.id);
    await expect(t.client.endpointTokens.update(secondary.id, { name: 'shop app v2' })).resolves.toMatchObject({
      name: 'shop app v2',
    });
    const again = await t.client.endpointTokens.regenerate(secondary.id);
    expect(again.value).not.toBe(secondary.value);

    const mapping = await t.client.endpoints.createMapping(endpoint.id, {
      endpoint_token: { id: secondary.id },
      primary_token: { method: 'POST' },
    });
    expect((await t.client.endpoints.mappings(endpoint.id).toArray()).map((m) => m.id)).toEqual([mapping.id]);
    await expect(t.client.endpoints.updateMapping(endpoint.id, mapping.id, { enabled: false })).resolves.toMatchObject({
      enabled: false,
    });
    await t.client.endpoints.deleteMapping(endpoint.id, mapping.id);
    expect(await t.client.endpoints.mappings(endpoint.id).count()).toBe(0);
    expect(await t.client.endpoints.records(endpoint.id).count()).toBe(0);

    await t.client.endpointTokens.delete(secondary.id);
    await expect(t.client.endpointTokens.get(secondary.id)).rejects.toBeInstanceOf(NotFoundError);
    await t.client.endpoints.delete(endpoint.id);
    await expect(t.client.endpoints.get(endpoint.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
