/**
 * Focused stage tests run one stage over a real platform's runtime and a real Fetch `Request`, with `next` standing
 * for the rest of the pipeline.
 */
import { createMockPlatform, type MockPlatformOptions } from '../../src/index';
import { ApiExchange } from '../../src/http/stages/exchange';
import { T0 } from '../harness';

/** A fresh platform (seeded, clock frozen at T0), ready. */
export async function platformFor(options: MockPlatformOptions = {}) {
  const platform = createMockPlatform({ seed: 1, now: T0, onUnexpectedError: () => undefined, ...options });
  await platform.ready;
  return platform;
}

/** An exchange for `method path` (relative to the API base) on `platform`. */
export function exchangeFor(
  platform: Awaited<ReturnType<typeof platformFor>>,
  method: string,
  path: string,
  init: RequestInit = {},
): ApiExchange {
  const request = new Request(`${platform.baseUrl}${path}`, { method, ...init });
  return new ApiExchange(platform.runtime, request, new URL(request.url), '127.0.0.1');
}

/** A `next` that records it was called and answers 200 `{"next":true}`. */
export function recordingNext() {
  const calls: number[] = [];
  const next = () => {
    calls.push(1);
    return Promise.resolve(Response.json({ next: true }));
  };
  return { next, called: () => calls.length };
}
