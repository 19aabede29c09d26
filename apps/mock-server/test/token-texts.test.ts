/**
 * `GET /auth/tokens` and `GET /auth/tokens/{pk}` answer from JSON texts kept between requests
 * (`handlers/kept-json.ts`): whatever happens to a token between two requests, the answer must be byte for byte the
 * text of its tokens serialized afresh.
 */
import { describe, expect, it } from 'vitest';
import { serializeTokenAt } from '../src/handlers/serializers';
import type { MockPlatform } from '../src/index';
import { type client, createToken, usePlatform } from './harness';
import { referenceTokenList } from './token-list-reference';

const start = usePlatform();
const INTEGRATIONS = [{ object: { id: 'MD-0007' } }];

/**
 * Lists and reads `id` twice each (texts are kept from a token's second answer on) and expects each answer to be
 * exactly the text of the reference. The clock is frozen and the caller's `last_access` moves only after its answer,
 * so the reference taken before a request is what that request must answer.
 */
async function expectFreshTexts(platform: MockPlatform, api: ReturnType<typeof client>, step: string, id?: string) {
  for (let ask = 0; ask < 2; ask++) {
    const expected = JSON.stringify(referenceTokenList(platform, '').slice(0, 100));
    const response = await api.get('/auth/tokens?limit=100');
    expect(response.status, step).toBe(200);
    expect(response.text, step).toBe(expected);
  }
  if (id === undefined) return;
  for (let ask = 0; ask < 2; ask++) {
    const expected = JSON.stringify(serializeTokenAt(platform.store.tokens.get(id)!, platform.clock.now()));
    const response = await api.get(`/auth/tokens/${id}`);
    expect(response.status, step).toBe(200);
    expect(response.text, step).toBe(expected);
  }
}

describe('token texts', () => {
  it('of lists and reads are those of the tokens serialized afresh through every change a token shows', async () => {
    const { platform, api } = await start({ seedTokens: 30 });
    await expectFreshTexts(platform, api, 'seeded');

    const { id, key } = await createToken(api, { permissions: INTEGRATIONS, expiration_date: '2026-03-10T00:00:00Z' });
    await expectFreshTexts(platform, api, 'created', id);

    expect((await api.get('/auth/context', { key })).status).toBe(200);
    await expectFreshTexts(platform, api, 'called with its own key (last_access)', id);

    const update = {
      name: 'Renamed',
      description: 'Now described',
      external_id: 'ext-1',
      logo: 'https://example.com/logo.png',
      access_rules: { allowed_ips: ['10.0.0.0/8'], blocked_apis: [{ method: 'DELETE', path: '/auth/tokens/*' }] },
      rate_limit: { requests: 5, period_seconds: 60 },
    };
    expect((await api.put(`/auth/tokens/${id}`, update)).status).toBe(200);
    await expectFreshTexts(platform, api, 'updated', id);

    expect((await api.post(`/auth/tokens/${id}/permissions`, { object: { id: 'MD-0003' } })).status).toBe(201);
    await expectFreshTexts(platform, api, 'permission granted', id);
    expect((await api.del(`/auth/tokens/${id}/permissions/MD-0003`)).status).toBe(204);
    await expectFreshTexts(platform, api, 'permission revoked', id);

    platform.clock.set('2026-03-01T13:00:00Z');
    await expectFreshTexts(platform, api, 'an hour later (expiring)', id);

    const renewed = await api.post(`/auth/tokens/${id}/renew`, { expiration_date: '2027-03-01T00:00:00Z' });
    expect(renewed.body.renewed_token).not.toBeNull();
    await expectFreshTexts(platform, api, 'renewed: the previous key shown', id);

    platform.clock.set('2026-03-10T00:00:00Z');
    await expectFreshTexts(platform, api, 'the previous key expired, without any request about it', id);

    expect((await api.post(`/auth/tokens/${id}/deactivate`)).status).toBe(200);
    await expectFreshTexts(platform, api, 'deactivated', id);
    expect((await api.post(`/auth/tokens/${id}/activate`)).status).toBe(200);
    await expectFreshTexts(platform, api, 'activated', id);
    expect((await api.post(`/auth/tokens/${id}/rotate`, {})).status).toBe(200);
    await expectFreshTexts(platform, api, 'rotated', id);

    platform.clock.set('2028-01-01T00:00:00Z');
    await expectFreshTexts(platform, api, 'a year later (some seeded tokens expired)', id);

    expect((await api.del(`/auth/tokens/${id}`)).status).toBe(204);
    await expectFreshTexts(platform, api, 'deleted');
  });
});
