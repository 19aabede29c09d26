import { describe, expect, it } from 'vitest';
import { usePlatform } from './support/platform';

const t = usePlatform();

describe('cancellation', () => {
  it('a caller abort during a request rejects with the caller’s reason and is not retried', async () => {
    t.setFaults({ routes: { 'GET /auth/context': { latencyMs: 500 } } });
    const controller = new AbortController();
    const pending = t.client.whoami({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error('navigated away')), 30);
    await expect(pending).rejects.toThrow('navigated away');
  });

  it('an already aborted signal fails at once', async () => {
    await expect(t.client.whoami({ signal: AbortSignal.abort(new Error('too late')) })).rejects.toThrow('too late');
  });

  it('a list signal stops the iteration', async () => {
    for (let i = 0; i < 5; i++) await t.platform.issueToken({ name: `n${i}` });
    const controller = new AbortController();
    const seen: string[] = [];
    const iterate = async () => {
      for await (const token of t.client.tokens.list({ limit: 2 }, { signal: controller.signal })) {
        seen.push(token.id);
        if (seen.length === 2) controller.abort(new Error('enough'));
      }
    };
    await expect(iterate()).rejects.toThrow('enough');
    expect(seen).toHaveLength(2);
  });

  it('breaking out of a prefetching loop cancels every prefetched request', async () => {
    for (let i = 0; i < 5; i++) await t.platform.issueToken({ name: `n${i}` });
    t.setFaults({ routes: { 'GET /auth/tokens': { latencyMs: 200 } } });
    const aborted: string[] = [];
    const watching = async (request: Request, init: { signal: AbortSignal }): Promise<Response> => {
      let done = false;
      init.signal.addEventListener('abort', () => done || aborted.push(new URL(request.url).search));
      const response = await fetch(request, init);
      done = true;
      return response;
    };
    for await (const token of t.clientWith({ fetch: watching }).tokens.list({ limit: 2 }, { prefetch: true })) {
      expect(token).toBeTruthy();
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    // 5 tokens in pages of 2: `prefetch: true` had the two pages after the first in flight, and neither outlives the loop.
    expect(aborted).toEqual(['?limit=2&offset=2', '?limit=2&offset=4']);
  });
});
