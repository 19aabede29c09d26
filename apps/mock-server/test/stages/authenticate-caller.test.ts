import { describe, expect, it } from 'vitest';
import { authenticateCaller } from '../../src/http/stages/authenticate-caller';
import { route } from '../../src/http/stages/route';
import { exchangeFor, platformFor, recordingNext } from './exchange-for';

async function routed(
  platform: Awaited<ReturnType<typeof platformFor>>,
  method: string,
  path: string,
  key: string | null,
) {
  const exchange = exchangeFor(platform, method, path, key === null ? {} : { headers: { authorization: key } });
  await route(exchange, () => Promise.resolve(new Response()));
  return exchange;
}

describe('stage: authenticate-caller', () => {
  it('names the actor of a valid key and hands over', async () => {
    const platform = await platformFor();
    const exchange = await routed(platform, 'GET', '/modules', platform.bootstrapKey);
    const { next, called } = recordingNext();
    await authenticateCaller(exchange, next);
    expect(called()).toBe(1);
    expect(exchange.authenticated).toBe(true);
    expect(exchange.actor.id).toBe('SU-000-000-000');
  });

  it('answers 401 without a key, and 403 with the denial recorded when a rule blocks the canonical path', async () => {
    const platform = await platformFor();
    const { next, called } = recordingNext();
    const anonymous = await routed(platform, 'GET', '/modules', null);
    expect((await authenticateCaller(anonymous, next)).status).toBe(401);
    const { token, key } = await platform.issueToken({ name: 'blocked' });
    token.access.blocked_apis = [{ method: 'GET', path: '/auth/tokens' }];
    const blocked = await routed(platform, 'GET', '/auth//tokens/', key);
    const response = await authenticateCaller(blocked, next);
    expect(response.status).toBe(403);
    expect(blocked.denial).toBe('AUTH_007');
    expect(blocked.token).toBe(token);
    expect(called()).toBe(0);
  });
});
