import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/index';
import { recover } from '../../src/http/stages/recover';
import { exchangeFor, platformFor } from './exchange-for';

describe('stage: recover', () => {
  it('turns an ApiError into its error response and anything else into 500 GEN_500, reported once', async () => {
    const reported: unknown[] = [];
    const platform = await platformFor({ onUnexpectedError: (error) => reported.push(error) });
    const known = await recover(exchangeFor(platform, 'GET', '/modules'), () =>
      Promise.reject(new ApiError('VAL_001', 'x: bad')),
    );
    expect(known.status).toBe(400);
    expect(await known.json()).toEqual({ error_code: 'VAL_001', errors: ['x: bad'] });
    expect(reported).toEqual([]);
    const bug = new RangeError('boom');
    const unknown = await recover(exchangeFor(platform, 'GET', '/modules'), () => Promise.reject(bug));
    expect(unknown.status).toBe(500);
    expect((await unknown.json()).error_code).toBe('GEN_500');
    expect(reported).toEqual([bug]);
  });
});
