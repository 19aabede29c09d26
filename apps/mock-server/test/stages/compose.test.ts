import { describe, expect, it } from 'vitest';
import { compose } from '../../src/http/stages/compose';
import type { Stage } from '../../src/http/stages/exchange';
import { API_STAGES } from '../../src/http/pipeline';
import { exchangeFor, platformFor } from './exchange-for';

describe('compose', () => {
  it('runs stages in list order, each around the rest', async () => {
    const seen: string[] = [];
    const wrap =
      (name: string): Stage =>
      async (_exchange, next) => {
        seen.push(`>${name}`);
        const response = await next();
        seen.push(`<${name}`);
        return response;
      };
    const last: Stage = () => {
      seen.push('handle');
      return Promise.resolve(new Response('ok'));
    };
    const run = compose([wrap('a'), wrap('b'), last]);
    const response = await run(exchangeFor(await platformFor(), 'GET', '/modules'));
    expect(await response.text()).toBe('ok');
    expect(seen).toEqual(['>a', '>b', 'handle', '<b', '<a']);
  });

  it('rejects when the last stage calls next', async () => {
    const run = compose([(_exchange, next) => next()]);
    await expect(run(exchangeFor(await platformFor(), 'GET', '/modules'))).rejects.toThrow(/last stage/);
  });

  it('lists the pipeline stages in their documented order', () => {
    expect(API_STAGES.map((stage) => stage.name)).toEqual([
      'requestId',
      'respond',
      'accounting',
      'recover',
      'route',
      'injectFaults',
      'readBody',
      'authenticateCaller',
      'validate',
      'idempotency',
      'handle',
    ]);
  });
});
