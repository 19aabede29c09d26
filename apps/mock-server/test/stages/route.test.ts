import { describe, expect, it } from 'vitest';
import { route } from '../../src/http/stages/route';
import { exchangeFor, platformFor, recordingNext } from './exchange-for';

describe('stage: route', () => {
  it('resolves the canonical path once, with decoded parameters, for every later stage', async () => {
    const platform = await platformFor();
    const exchange = exchangeFor(platform, 'GET', '//auth/tokens/SU%2D000-000-000/');
    const { next, called } = recordingNext();
    await route(exchange, next);
    expect(called()).toBe(1);
    expect(exchange.path).toBe('/auth/tokens/SU-000-000-000');
    expect(exchange.resolved().operation.path).toBe('/auth/tokens/{pk}');
    expect(exchange.resolved().params).toEqual({ pk: 'SU-000-000-000' });
  });

  it('answers 404, 405 with Allow, and 503 for a spec operation without an implementation, without calling next', async () => {
    const platform = await platformFor();
    const { next, called } = recordingNext();
    const missing = await route(exchangeFor(platform, 'GET', '/no/such/thing'), next);
    expect(missing.status).toBe(404);
    const wrong = await route(exchangeFor(platform, 'PATCH', '/auth/tokens'), next);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toContain('POST');
    platform.runtime.routes.delete('GET /modules');
    const unimplemented = await route(exchangeFor(platform, 'GET', '/modules'), next);
    expect(unimplemented.status).toBe(503);
    expect(called()).toBe(0);
  });
});
