import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  isIdempotentRequest,
  isRetryableStatus,
  parseRetryAfterMs,
  shouldRetryOverride,
} from './retry-policy';

const headers = (init: Record<string, string>) => new Headers(init);

describe('retry policy', () => {
  it('retries 408, 409 (but not IDEM_001), 429 and 5xx only', () => {
    const retried = [408, 409, 429, 500, 502, 503, 504, 599];
    for (let status = 400; status < 600; status++)
      expect(isRetryableStatus(status)).toBe(retried.includes(status) || status >= 500);
    expect(isRetryableStatus(409, 'GEN_409')).toBe(true);
    expect(isRetryableStatus(409, 'IDEM_001')).toBe(false);
  });

  it('treats POST as idempotent only with an Idempotency-Key', () => {
    expect(isIdempotentRequest('GET', headers({}))).toBe(true);
    expect(isIdempotentRequest('PUT', headers({}))).toBe(true);
    expect(isIdempotentRequest('DELETE', headers({}))).toBe(true);
    expect(isIdempotentRequest('POST', headers({}))).toBe(false);
    expect(isIdempotentRequest('POST', headers({ 'Idempotency-Key': 'k' }))).toBe(true);
  });

  it('backs off min(0.5·2ⁿ, 8) s, jitter only ever shortening it by up to 25 %', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoffDelayMs(n, () => 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    fc.assert(
      fc.property(fc.nat({ max: 30 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (n, r) => {
        const base = Math.min(500 * 2 ** n, 8000);
        const delay = backoffDelayMs(n, () => r);
        expect(delay).toBeLessThanOrEqual(base);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(base * 0.75));
      }),
    );
  });

  it('reads retry-after-ms, Retry-After seconds and Retry-After HTTP dates', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(parseRetryAfterMs(headers({ 'retry-after-ms': '250.5' }), now)).toBe(250.5);
    expect(parseRetryAfterMs(headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(parseRetryAfterMs(headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(parseRetryAfterMs(headers({ 'retry-after': 'Mon, 01 Jun 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfterMs(headers({ 'retry-after': 'Sun, 31 May 2026 00:00:00 GMT' }), now)).toBe(0);
    expect(parseRetryAfterMs(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfterMs(headers({ 'retry-after-ms': '-5' }), now)).toBeUndefined();
    expect(parseRetryAfterMs(headers({}), now)).toBeUndefined();
  });

  it('lets the server force the decision with x-should-retry', () => {
    expect(shouldRetryOverride(headers({ 'x-should-retry': 'true' }))).toBe(true);
    expect(shouldRetryOverride(headers({ 'x-should-retry': 'false' }))).toBe(false);
    expect(shouldRetryOverride(headers({}))).toBeUndefined();
  });
});
