import { describe, expect, it } from 'vitest';
import { createToken, usePlatform } from './harness';

const start = usePlatform();
const INTEGRATIONS = [{ object: { id: 'MD-0007' } }];

describe('PUT /auth/tokens/{pk} with expiration_date (an addition Connect ignores)', () => {
  it('moves the expiry of the current key without issuing a new one', async () => {
    const { api, platform } = await start();
    const { id, key } = await createToken(api, { permissions: INTEGRATIONS, expiration_date: '2026-03-10T00:00:00Z' });
    const updated = await api.put(`/auth/tokens/${id}`, { expiration_date: '2026-06-01T00:00:00Z' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ expiration_date: '2026-06-01T00:00:00.000Z', status: 'active' });
    expect(updated.body.token).toBe(`ApiKey ${id}:****${key.slice(-4)}`);
    // Past the old expiry the same key still works.
    platform.clock.set('2026-04-01T00:00:00Z');
    expect((await api.get('/auth/context', { key })).status).toBe(200);
    // null removes the expiry.
    const never = await api.put(`/auth/tokens/${id}`, { expiration_date: null });
    expect(never.body).toMatchObject({ expiration_date: null, status: 'active' });
  });

  it('refuses a past date (VAL_001) and a new date for an expired token (TKN_001, renew instead)', async () => {
    const { api, platform } = await start();
    const { id } = await createToken(api, { expiration_date: '2026-03-10T00:00:00Z' });
    const past = await api.put(`/auth/tokens/${id}`, { expiration_date: '2026-02-01T00:00:00Z' });
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ error_code: 'VAL_001' });
    expect(past.body.errors.join(' ')).toMatch(/expiration_date/);
    platform.clock.set('2026-03-11T00:00:00Z');
    const revived = await api.put(`/auth/tokens/${id}`, { expiration_date: '2026-12-01T00:00:00Z' });
    expect(revived.status).toBe(400);
    expect(revived.body.error_code).toBe('TKN_001');
    expect((await api.get(`/auth/tokens/${id}`)).body.status).toBe('expired');
  });
});

describe('token.updated audits what changed', () => {
  it('lists only the fields whose value changed, and records nothing for a body that changes nothing', async () => {
    const { api } = await start();
    const { id } = await createToken(api, { name: 'Before', description: 'same' });
    const token = (await api.get(`/auth/tokens/${id}`)).body;
    // What a form sends back: every editable field, one of them edited.
    const form = {
      name: 'After',
      description: token.description,
      external_id: token.external_id,
      logo: token.logo,
      access_rules: token.access_rules,
      rate_limit: token.rate_limit,
      expiration_date: token.expiration_date,
    };
    expect((await api.put(`/auth/tokens/${id}`, form)).status).toBe(200);
    const events = (await api.get(`/auth/tokens/${id}/audit?type=token.updated`)).body;
    expect(events).toHaveLength(1);
    expect(events[0].details.fields).toEqual(['name']);

    expect((await api.put(`/auth/tokens/${id}`, form)).status).toBe(200);
    expect((await api.get(`/auth/tokens/${id}/audit?type=token.updated`)).body).toHaveLength(1);

    await api.put(`/auth/tokens/${id}`, {
      ...form,
      expiration_date: '2026-09-01T00:00:00Z',
      rate_limit: { requests: 5, period_seconds: 60 },
    });
    const latest = (await api.get(`/auth/tokens/${id}/audit?type=token.updated&ordering(-at)`)).body[0];
    expect(latest.details).toMatchObject({
      fields: ['rate_limit', 'expiration_date'],
      previous_expiration_date: null,
      expiration_date: '2026-09-01T00:00:00.000Z',
    });
  });
});
