// @vitest-environment edge-runtime
import { getResponse } from 'msw';
import { createMockPlatform } from '@connect-tokens/mock-server';
import { describe, expect, it } from 'vitest';
import { createClient, NotFoundError, rql, TimeoutError } from '../src/index';

/**
 * Runs the SDK with an edge runtime's globals (`fetch`, `Request`, `Response`, `Headers`, `AbortSignal` from
 * `@edge-runtime/vm`). The emulator's handlers answer through a plain `fetch` function built on MSW's `getResponse`,
 * so no Node interception is involved.
 */
const platform = createMockPlatform({ seed: 7, now: '2026-06-01T00:00:00Z' });
const edgeFetch = async (request: Request): Promise<Response> =>
  (await getResponse(platform.handlers, request)) ?? new Response('no handler', { status: 599 });
const client = createClient({
  endpoint: platform.baseUrl,
  apiKey: platform.bootstrapKey,
  fetch: edgeFetch,
  logLevel: 'off',
});

describe('in an edge runtime', () => {
  it('runs with the edge globals', () => {
    expect(typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime).toBe('string');
  });

  it('creates, lists with RQL, rotates and maps errors', async () => {
    const created = await client.tokens.create({ name: 'edge', extension: { id: 'EXT-000' } });
    const found = await client.tokens.list(rql.eq('name', 'edge')).toArray();
    expect(found.map((x) => x.id)).toEqual([created.id]);
    const rotated = await client.tokens.rotate(created.id);
    expect(rotated.token).not.toBe(created.token);
    await expect(client.tokens.get('SU-404-404-404')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('times out with the edge AbortSignal', async () => {
    const slow = createClient({
      endpoint: platform.baseUrl,
      apiKey: platform.bootstrapKey,
      fetch: (_request, { signal }) =>
        new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
      timeoutMs: 20,
      maxRetries: 0,
      logLevel: 'off',
    });
    await expect(slow.whoami()).rejects.toBeInstanceOf(TimeoutError);
  });
});
