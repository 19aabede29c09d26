/**
 * Issue 16 item 1: an oversized chunked body (no Content-Length) gets its 413, the connection is closed cleanly, and
 * the process keeps serving. Before, cancelling the body destroyed the request and the adapter's `finish` handler
 * read `req.socket` (null), which threw outside any handler and could end the process. Over a real socket: the
 * in-process msw path cannot see this.
 */
import { describe, expect, it } from 'vitest';
import { createMockPlatform, MAX_BODY_BYTES, startMockServer } from '../src/index';
import { rawRequest } from './raw-http';
import { useServedPlatform } from './served-platform';

const served = useServedPlatform({ seed: 12, now: '2026-03-01T12:00:00Z' });
const { platform, uncaught } = served;

const alive = async () => {
  const result = await rawRequest(served.server.url, {
    method: 'GET',
    path: '/public/v1/modules',
    headers: { authorization: platform.bootstrapKey },
  });
  expect(result.status).toBe(200);
};

describe('body limits over HTTP', () => {
  it('answers 413 to an oversized chunked API body, closes that connection and keeps serving', async () => {
    for (let round = 0; round < 3; round++) {
      const result = await rawRequest(served.server.url, {
        method: 'POST',
        path: '/public/v1/auth/tokens',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        chunkedBytes: 2 * MAX_BODY_BYTES,
      });
      expect(result.status).toBe(413);
      expect(result.json.error_code).toBe('GEN_413');
      expect(result.headers.connection).toBe('close');
      await alive();
    }
    expect(uncaught).toEqual([]);
  });

  it('answers 413 to an oversized chunked body of an authenticated request, and the token keeps working', async () => {
    const result = await rawRequest(served.server.url, {
      method: 'POST',
      path: '/public/v1/auth/tokens',
      headers: {
        authorization: platform.bootstrapKey,
        'content-type': 'application/json',
        'transfer-encoding': 'chunked',
      },
      chunkedBytes: MAX_BODY_BYTES + 1,
    });
    expect(result.status).toBe(413);
    await alive();
    expect(uncaught).toEqual([]);
  });

  it('cuts an admin body off at 64 KiB while reading, chunked, without buffering the rest', async () => {
    const result = await rawRequest(served.server.url, {
      method: 'PUT',
      path: '/__mock/faults',
      headers: {
        authorization: platform.bootstrapKey,
        'content-type': 'application/json',
        'transfer-encoding': 'chunked',
      },
      chunkedBytes: 8 * 1024 * 1024,
    });
    expect(result.status).toBe(413);
    expect(result.json.error_code).toBe('GEN_413');
    await alive();
    expect(uncaught).toEqual([]);
  });

  it('applies the platform option maxBodyBytes', async () => {
    const small = createMockPlatform({ seed: 12, now: '2026-03-01T12:00:00Z', maxBodyBytes: 100 });
    await small.ready;
    const own = await startMockServer({ handlers: small.handlers, port: 0, origin: 'http://127.0.0.1:4010' });
    try {
      const body = JSON.stringify({ name: 'n', extension: { id: 'EXT-000' }, description: 'd'.repeat(100) });
      const result = await rawRequest(own.url, {
        method: 'POST',
        path: '/public/v1/auth/tokens',
        headers: { authorization: small.bootstrapKey, 'content-type': 'application/json' },
        body,
      });
      expect(result.status).toBe(413);
    } finally {
      await own.close();
    }
    expect(() => createMockPlatform({ maxBodyBytes: 0 })).toThrow(TypeError);
  });
});
