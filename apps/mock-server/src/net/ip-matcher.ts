/**
 * A set of CIDR ranges compiled once into sorted, merged intervals, so a membership test costs a binary search
 * instead of parsing every range again (the account IP ACL is checked on every request of every token).
 */
import { parseCidr, parseIp, type IpAddress } from './cidr';

interface Interval {
  start: bigint;
  end: bigint;
}

/** Membership test over a fixed list of CIDR ranges. */
export interface IpMatcher {
  /** Number of ranges it was compiled from (invalid ones included: they never match). */
  readonly size: number;
  /** True when `ip` (text) lies in one of the ranges; false for anything that is not an address. */
  contains(ip: string): boolean;
  /** The same test for an already parsed address. */
  containsAddress(address: IpAddress): boolean;
}

function merged(intervals: Interval[]): Interval[] {
  intervals.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: Interval[] = [];
  for (const next of intervals) {
    const last = out[out.length - 1];
    if (last && next.start <= last.end + 1n) {
      if (next.end > last.end) last.end = next.end;
    } else {
      out.push({ ...next });
    }
  }
  return out;
}

function within(intervals: readonly Interval[], value: bigint): boolean {
  let low = 0;
  let high = intervals.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const interval = intervals[mid]!;
    if (value < interval.start) high = mid - 1;
    else if (value > interval.end) low = mid + 1;
    else return true;
  }
  return false;
}

/** Compiles `cidrs` (`10.0.0.0/8`, `2001:db8::/32`, bare addresses); entries that do not parse match nothing. */
export function compileIpMatcher(cidrs: readonly string[]): IpMatcher {
  const v4: Interval[] = [];
  const v6: Interval[] = [];
  for (const text of cidrs) {
    const range = parseCidr(text);
    if (!range) continue;
    const bits = range.family === 4 ? 32 : 128;
    const size = 1n << BigInt(bits - range.prefix);
    (range.family === 4 ? v4 : v6).push({ start: range.network, end: range.network + size - 1n });
  }
  const byFamily = { 4: merged(v4), 6: merged(v6) } as const;
  const containsAddress = (address: IpAddress) => within(byFamily[address.family], address.value);
  return {
    size: cidrs.length,
    containsAddress,
    contains(ip) {
      const address = parseIp(ip);
      return address !== undefined && containsAddress(address);
    },
  };
}
