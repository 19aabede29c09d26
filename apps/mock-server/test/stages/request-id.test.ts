import { describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER } from '../../src/index';
import { requestId } from '../../src/http/stages/request-id';
import { exchangeFor, platformFor, recordingNext } from './exchange-for';

describe('stage: request-id', () => {
  it('keeps a sane client id, replaces anything else, and reads the client IP', async () => {
    const platform = await platformFor();
    const own = exchangeFor(platform, 'GET', '/modules', {
      headers: { 'x-request-id': 'trace.1:2-3', [CLIENT_IP_HEADER]: '203.0.113.5' },
    });
    const { next, called } = recordingNext();
    await requestId(own, next);
    expect(own.requestId).toBe('trace.1:2-3');
    expect(own.ip).toBe('203.0.113.5');
    expect(called()).toBe(1);
    for (const bad of ['has space', 'x'.repeat(129), 'semi;colon']) {
      const exchange = exchangeFor(platform, 'GET', '/modules', { headers: { 'x-request-id': bad } });
      await requestId(exchange, next);
      expect(exchange.requestId).toMatch(/^req-[0-9a-f-]{36}$/);
    }
  });
});
