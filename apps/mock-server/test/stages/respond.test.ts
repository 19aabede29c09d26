import { describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../../src/index';
import { errorResponse } from '../../src/http/errors';
import { respond } from '../../src/http/stages/respond';
import { exchangeFor, platformFor } from './exchange-for';

describe('stage: respond', () => {
  it('adds X-Request-Id and the ignored-field/filter headers, and logs one line with the error code', async () => {
    const lines: RequestLogEntry[] = [];
    const platform = await platformFor({ log: (entry) => lines.push(entry) });
    const exchange = exchangeFor(platform, 'PUT', '/auth/tokens/SU-000-000-000');
    exchange.requestId = 'req-1';
    exchange.ignoredFields = ['id', 'owner'];
    exchange.list = {
      parsed: { filter: undefined, ordering: [], select: [], params: {} },
      limit: 1,
      offset: 0,
      ignoredFilters: ['colour'],
    };
    const response = await respond(exchange, () => Promise.resolve(errorResponse('VAL_001', 'name: bad')));
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(response.headers.get('x-connect-ignored-fields')).toBe('id, owner');
    expect(response.headers.get('x-connect-ignored-filters')).toBe('colour');
    expect(lines).toEqual([
      expect.objectContaining({ requestId: 'req-1', method: 'PUT', status: 400, errorCode: 'VAL_001', tokenId: null }),
    ]);
  });

  it('passes a connection drop (status 0) through untouched', async () => {
    const platform = await platformFor();
    const dropped = Response.error();
    expect(await respond(exchangeFor(platform, 'GET', '/modules'), () => Promise.resolve(dropped))).toBe(dropped);
  });
});
