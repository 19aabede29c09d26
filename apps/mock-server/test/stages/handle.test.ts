import { describe, expect, it } from 'vitest';
import { handle } from '../../src/http/stages/handle';
import { route } from '../../src/http/stages/route';
import { exchangeFor, platformFor } from './exchange-for';

describe('stage: handle', () => {
  it('gives the handler what earlier stages established, and turns its exceptions into error responses', async () => {
    const reported: unknown[] = [];
    const platform = await platformFor({
      onUnexpectedError: (error) => reported.push(error),
      routes: {
        'GET /modules': {
          handle: (ctx) => Response.json({ path: ctx.path, actor: ctx.actor.id, body: ctx.body ?? null }),
        },
        'GET /extensions': {
          handle: () => {
            throw new TypeError('handler bug');
          },
        },
      },
    });
    const exchange = exchangeFor(platform, 'GET', '//modules/');
    await route(exchange, () => Promise.resolve(new Response()));
    exchange.actor = { id: 'SU-1', name: 'one' };
    expect(await (await handle(exchange, () => Promise.reject(new Error('unused')))).json()).toEqual({
      path: '/modules',
      actor: 'SU-1',
      body: null,
    });
    const failing = exchangeFor(platform, 'GET', '/extensions');
    await route(failing, () => Promise.resolve(new Response()));
    const response = await handle(failing, () => Promise.reject(new Error('unused')));
    expect(response.status).toBe(500);
    expect(reported).toHaveLength(1);
  });
});
