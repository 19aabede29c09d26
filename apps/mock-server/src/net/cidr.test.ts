import { describe, expect, it } from 'vitest';
import { ipInAny, isValidCidr, parseIp } from './cidr';

describe('IP and CIDR parsing', () => {
  it('parses IPv4, IPv6 (compressed, embedded IPv4, zone) and normalises IPv4-mapped addresses', () => {
    expect(parseIp('203.0.113.7')).toEqual({ family: 4, value: 0xcb007107n });
    expect(parseIp('::1')).toEqual({ family: 6, value: 1n });
    expect(parseIp('2001:db8::1')?.family).toBe(6);
    expect(parseIp('fe80::1%eth0')?.family).toBe(6);
    expect(parseIp('::ffff:10.0.0.1')).toEqual({ family: 4, value: 0x0a000001n });
    expect(parseIp('[2001:db8::1]')?.family).toBe(6);
  });

  it('rejects malformed addresses and ranges', () => {
    for (const bad of [
      '256.0.0.1',
      '1.2.3',
      '01.2.3.4',
      '1.2.3.4.5',
      '2001:db8:::1',
      '1::2::3',
      'g::1',
      '',
      'localhost',
      '1:2:3:4:5:6:7:8:9',
    ]) {
      expect(parseIp(bad), bad).toBeUndefined();
    }
    for (const bad of ['10.0.0.0/33', '2001:db8::/129', '10.0.0.0/-1', '10.0.0.0/', 'x/8'])
      expect(isValidCidr(bad), bad).toBe(false);
  });

  it('matches addresses against ranges of the same family only', () => {
    expect(ipInAny('10.1.2.3', ['10.0.0.0/8'])).toBe(true);
    expect(ipInAny('11.1.2.3', ['10.0.0.0/8'])).toBe(false);
    expect(ipInAny('2001:db8:1::5', ['2001:db8::/32'])).toBe(true);
    expect(ipInAny('2001:db9::5', ['2001:db8::/32'])).toBe(false);
    expect(ipInAny('::ffff:10.1.2.3', ['10.0.0.0/8'])).toBe(true);
    expect(ipInAny('10.1.2.3', ['::/0'])).toBe(false);
    expect(ipInAny('10.1.2.3', ['0.0.0.0/0'])).toBe(true);
    expect(ipInAny('10.1.2.3', ['10.1.2.3'])).toBe(true);
    expect(ipInAny('10.1.2.3', ['::ffff:10.0.0.0/104'])).toBe(true);
  });
});
