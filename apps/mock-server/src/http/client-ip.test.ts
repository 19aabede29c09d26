import { describe, expect, it } from 'vitest';
import { compileTrustProxy } from './client-ip';

const PEER = '10.0.0.2';

describe('client IP behind proxies (compileTrustProxy)', () => {
  it('ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(compileTrustProxy(false)(PEER, '203.0.113.9')).toBe(PEER);
    expect(compileTrustProxy(undefined)('::ffff:10.0.0.2', '203.0.113.9')).toBe(PEER);
  });

  it('takes the hop the one trusted proxy appended, not the client-chosen first one (true = 1 hop)', () => {
    for (const setting of [true, 1, '1']) {
      const resolve = compileTrustProxy(setting);
      expect(resolve(PEER, '1.1.1.1, 203.0.113.9')).toBe('203.0.113.9');
      expect(resolve(PEER, ['1.1.1.1', '198.51.100.4, 203.0.113.9'])).toBe('203.0.113.9');
      expect(resolve(PEER, undefined)).toBe(PEER);
      expect(resolve(PEER, '')).toBe(PEER);
    }
  });

  it('walks n hops from the socket with a hop count', () => {
    const chain = '1.1.1.1, 203.0.113.9, 10.0.0.1';
    expect(compileTrustProxy(2)(PEER, chain)).toBe('203.0.113.9');
    expect(compileTrustProxy(3)(PEER, chain)).toBe('1.1.1.1');
    // More trusted hops than the chain holds: the left-most address is the best there is.
    expect(compileTrustProxy(9)(PEER, chain)).toBe('1.1.1.1');
    expect(compileTrustProxy(0)(PEER, chain)).toBe(PEER);
  });

  it('skips trusted proxy addresses from a list and stops at the first untrusted hop', () => {
    const resolve = compileTrustProxy('10.0.0.0/8, 2001:db8::1');
    expect(resolve(PEER, '1.1.1.1, 203.0.113.9, 10.9.9.9')).toBe('203.0.113.9');
    expect(resolve(PEER, '203.0.113.9, [2001:db8::1]')).toBe('203.0.113.9');
    // The socket peer itself is not a trusted proxy: the header is the client's own word and is ignored.
    expect(resolve('198.51.100.1', '10.0.0.5')).toBe('198.51.100.1');
    expect(compileTrustProxy(['loopback', 'uniquelocal'])('127.0.0.1', '8.8.8.8, 192.168.0.3')).toBe('8.8.8.8');
  });

  it('stops at a hop that is not an address, keeping the nearest trusted one', () => {
    expect(compileTrustProxy(2)(PEER, '1.1.1.1, unknown, 10.0.0.1')).toBe('10.0.0.1');
  });

  it('refuses settings that are neither a hop count nor addresses', () => {
    expect(() => compileTrustProxy(-1)).toThrow(TypeError);
    expect(() => compileTrustProxy('10.0.0.0/8, proxy.internal')).toThrow(/proxy\.internal/);
  });
});
