import { describe, expect, it } from 'vitest';
import { injectFaults } from '../../src/http/stages/inject-faults';
import { route } from '../../src/http/stages/route';
import { exchangeFor, platformFor, recordingNext } from './exchange-for';

describe('stage: inject-faults', () => {
  it('answers the configured fault for the route template, and passes other routes on', async () => {
    const platform = await platformFor({
      faults: { routes: { 'GET /auth/tokens/{pk}': { rate503: 1, retryAfterS: 7 } } },
    });
    const { next, called } = recordingNext();
    const faulted = exchangeFor(platform, 'GET', '/auth/tokens/SU-000-000-000');
    await route(faulted, () => Promise.resolve(new Response()));
    const response = await injectFaults(faulted, next);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(called()).toBe(0);
    const other = exchangeFor(platform, 'GET', '/modules');
    await route(other, () => Promise.resolve(new Response()));
    await injectFaults(other, next);
    expect(called()).toBe(1);
  });
});
