import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockPlatform, MAX_BODY_BYTES } from '../src/index';

/** A body stream larger than the limit, sent in 64 KiB chunks, with no Content-Length to short-circuit on. */
function oversizedStream(): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode('y'.repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent > MAX_BODY_BYTES + chunk.byteLength) {
        controller.close();
        return;
      }
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('oversized bodies through msw getResponse (cloned request)', () => {
  it('answers 413 GEN_413 promptly for a streamed body above 1 MiB', async () => {
    const platform = createMockPlatform({ seed: 1 });
    await platform.ready;
    const request = new Request(`${platform.baseUrl}/auth/tokens`, {
      method: 'POST',
      headers: { authorization: platform.bootstrapKey, 'content-type': 'application/json' },
      body: oversizedStream(),
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    const response = await within(3000, getResponse(platform.handlers, request));
    expect(response?.status).toBe(413);
    expect(((await response!.json()) as { error_code: string }).error_code).toBe('GEN_413');
  });

  it('answers 413 GEN_413 promptly for a plain >1 MiB string body', async () => {
    const platform = createMockPlatform({ seed: 1 });
    await platform.ready;
    const big = JSON.stringify({ name: 'x', extension: { id: 'EXT-000' }, description: 'y'.repeat(MAX_BODY_BYTES) });
    const request = new Request(`${platform.baseUrl}/auth/tokens`, {
      method: 'POST',
      headers: { authorization: platform.bootstrapKey, 'content-type': 'application/json' },
      body: big,
    });
    const response = await within(3000, getResponse(platform.handlers, request));
    expect(response?.status).toBe(413);
  });
});
