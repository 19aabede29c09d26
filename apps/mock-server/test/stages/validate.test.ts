import { describe, expect, it } from 'vitest';
import { route } from '../../src/http/stages/route';
import { validate } from '../../src/http/stages/validate';
import { exchangeFor, platformFor, recordingNext } from './exchange-for';

async function routed(
  platform: Awaited<ReturnType<typeof platformFor>>,
  method: string,
  path: string,
  bodyText = '',
  contentType = 'application/json',
) {
  const exchange = exchangeFor(platform, method, path, { headers: { 'content-type': contentType } });
  await route(exchange, () => Promise.resolve(new Response()));
  exchange.bodyText = bodyText;
  return exchange;
}

describe('stage: validate', () => {
  it('answers 404 for an impossible id, 415 for a non-JSON body, VAL_001 for too deep JSON, before any handler', async () => {
    const platform = await platformFor({ maxJsonDepth: 3 });
    const { next, called } = recordingNext();
    expect((await validate(await routed(platform, 'GET', '/auth/tokens/not-an-id'), next)).status).toBe(404);
    expect((await validate(await routed(platform, 'POST', '/auth/tokens', 'name=x', 'text/plain'), next)).status).toBe(
      415,
    );
    // Parse errors are thrown as ApiError (VAL_001) for `recover` to answer.
    await expect(
      validate(await routed(platform, 'POST', '/auth/tokens', '{"a":{"b":{"c":{}}}}'), next),
    ).rejects.toMatchObject({ code: 'VAL_001' });
    expect(called()).toBe(0);
  });

  it('drops undeclared and read-only keys before the schema, and remembers them', async () => {
    const platform = await platformFor();
    const exchange = await routed(
      platform,
      'POST',
      '/auth/tokens',
      JSON.stringify({ name: 'x', extension: { id: 'EXT-000', name: 'Custom' }, id: 'SU-1', zz: 1 }),
    );
    const { next, called } = recordingNext();
    await validate(exchange, next);
    expect(called()).toBe(1);
    expect(exchange.body).toEqual({ name: 'x', extension: { id: 'EXT-000', name: 'Custom' } });
    expect(exchange.ignoredFields).toEqual(['id', 'zz']);
  });

  it('compiles the list query, dropping filters on undeclared properties', async () => {
    const platform = await platformFor();
    const exchange = await routed(platform, 'GET', '/auth/tokens?colour=red&limit=5000&offset=-1');
    await validate(exchange, recordingNext().next);
    expect(exchange.list).toMatchObject({ limit: 1000, offset: 0, ignoredFilters: ['colour'] });
    expect(exchange.list!.parsed.filter).toBeUndefined();
  });
});
