import { describe, expect, it } from 'vitest';
import { NotFoundError, RateLimitError, rql, unwrap } from '../src/index';
import { usePlatform } from './support/platform';

const t = usePlatform();

describe('the README quickstart', () => {
  it('runs as written against the emulator', async () => {
    const client = t.client;
    const log: unknown[] = [];

    const me = await client.whoami();
    log.push(me.token?.id, me.account.name);

    const created = await client.tokens.create({
      name: 'Billing sync',
      extension: { id: 'EXT-000' },
      permissions: [{ object: { id: 'MD-0007' } }],
      expiration_date: '2027-01-01T00:00:00Z',
    });
    expect(created.token).toMatch(/^ApiKey SU-\d{3}-\d{3}-\d{3}:[0-9a-f]{40}$/);

    const query = client.tokens
      .query()
      .filter(rql.and(rql.eq('status', 'active'), rql.ilike('name', '*sync*')))
      .ordering('-events.created.at');
    const names: string[] = [];
    for await (const token of client.tokens.list(query)) names.push(token.name);
    expect(names).toEqual(['Billing sync']);
    expect(await client.tokens.list(rql.eq('status', 'expiring')).count()).toBe(0);

    const rotated = await client.tokens.rotate(created.id, { expiration_date: '2027-06-01T00:00:00Z' });
    expect(rotated.token).not.toBe(created.token);

    let message = '';
    try {
      await client.tokens.get('SU-000-000-404');
    } catch (error) {
      if (error instanceof NotFoundError) message = error.message;
      else if (error instanceof RateLimitError) message = `retry in ${error.retryAfter} s`;
      else throw error;
    }
    expect(message).toMatch(/^404 GEN_404: .+ \[GET \/auth\/tokens\/SU-000-000-404, request .+\]$/);

    const { error } = await client.api.GET('/auth/tokens/{pk}', { params: { path: { pk: 'SU-123-456-789' } } });
    expect(error).toMatchObject({ error_code: 'GEN_404' });
    const settings = unwrap(await client.api.GET('/modules/integrations/settings'));
    expect(settings).toBeTypeOf('object');

    const tokens = client.tokens.list({ filter: rql.eq('status', 'active'), ordering: ['name'], limit: 500 });
    expect(await tokens.first()).toMatchObject({ name: 'Billing sync' });
    expect(await tokens.toArray({ max: 50 })).toHaveLength(2);
  });
});
