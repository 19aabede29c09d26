import { describe, expect, it } from 'vitest';
import { accounting } from '../../src/http/stages/accounting';
import { exchangeFor, platformFor } from './exchange-for';

describe('stage: accounting', () => {
  it('counts the response for the identified token, and moves last_access only after authentication', async () => {
    const platform = await platformFor();
    const { token } = await platform.issueToken({ name: 'counted' });
    const denied = exchangeFor(platform, 'GET', '/modules');
    denied.token = token;
    denied.denial = 'AUTH_007';
    await accounting(denied, () => Promise.resolve(new Response(null, { status: 403 })));
    expect(token.last_access).toBeNull();
    const allowed = exchangeFor(platform, 'GET', '/modules');
    allowed.token = token;
    allowed.authenticated = true;
    allowed.ip = '198.51.100.7';
    await accounting(allowed, () => Promise.resolve(new Response(null, { status: 200 })));
    expect(token.last_access).toEqual({ at: platform.clock.iso(), ip: '198.51.100.7' });
    const statuses = platform.store.statistics.get(token.id)!.statuses;
    expect(statuses.get('403')?.total).toBe(1);
    expect(statuses.get('200')?.total).toBe(1);
    expect(platform.store.statistics.get(token.id)!.denials.get('AUTH_007')).toBe(1);
  });

  it('skips a token the request itself deleted', async () => {
    const platform = await platformFor();
    const { token } = await platform.issueToken({ name: 'deleted' });
    const exchange = exchangeFor(platform, 'DELETE', `/auth/tokens/${token.id}`);
    exchange.token = token;
    exchange.authenticated = true;
    await accounting(exchange, () => {
      platform.store.tokens.delete(token.id);
      return Promise.resolve(new Response(null, { status: 204 }));
    });
    expect(token.last_access).toBeNull();
  });
});
