import { describe, expect, it } from 'vitest';
import { ipInAny } from './cidr';
import { compileIpMatcher } from './ip-matcher';

describe('compiled IP matcher', () => {
  it('answers like ipInAny for IPv4, IPv6, mapped addresses, overlapping and adjacent ranges', () => {
    const ranges = [
      '10.0.0.0/8',
      '10.1.0.0/16',
      '192.168.1.0/24',
      '192.168.2.0/24',
      '203.0.113.7',
      '2001:db8::/32',
      '::1',
      'not-a-range',
    ];
    const matcher = compileIpMatcher(ranges);
    const probes = [
      '10.255.255.255',
      '11.0.0.0',
      '192.168.1.255',
      '192.168.2.0',
      '192.168.3.0',
      '203.0.113.7',
      '203.0.113.8',
      '::ffff:10.2.3.4',
      '2001:db8:ffff::1',
      '2001:db9::',
      '::1',
      '::2',
      'garbage',
      '',
    ];
    for (const ip of probes) expect(matcher.contains(ip), ip).toBe(ipInAny(ip, ranges));
    expect(matcher.size).toBe(ranges.length);
  });

  it('matches every address of 1,000 disjoint ranges and nothing between them', () => {
    const ranges = Array.from({ length: 1000 }, (_, i) => `10.${i >> 8}.${i & 255}.0/25`);
    const matcher = compileIpMatcher(ranges);
    for (let i = 0; i < 1000; i += 37) {
      expect(matcher.contains(`10.${i >> 8}.${i & 255}.127`)).toBe(true);
      expect(matcher.contains(`10.${i >> 8}.${i & 255}.128`)).toBe(false);
    }
  });
});
