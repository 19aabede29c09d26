/**
 * IPv4/IPv6 addresses and CIDR ranges, for the token's allowed/blocked IP rules and the account ACL.
 *
 * IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`, what a dual-stack Node socket reports) are normalised to IPv4 so a
 * rule written as `10.0.0.0/8` matches them.
 */

/** A parsed address: family and value (IPv4 in the low 32 bits). */
export interface IpAddress {
  family: 4 | 6;
  value: bigint;
}

/** A parsed CIDR range. */
export interface CidrRange {
  family: 4 | 6;
  network: bigint;
  prefix: number;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255 || (part.length > 1 && part.startsWith('0'))) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseIpv6(text: string): { value: bigint; mapped4?: bigint } | undefined {
  let input = text;
  const zone = input.indexOf('%');
  if (zone !== -1) input = input.slice(0, zone);
  if (input.length === 0 || input.length > 45) return undefined;
  let tail4: bigint | undefined;
  const lastColon = input.lastIndexOf(':');
  if (lastColon !== -1 && input.slice(lastColon + 1).includes('.')) {
    tail4 = parseIpv4(input.slice(lastColon + 1));
    if (tail4 === undefined) return undefined;
    input = `${input.slice(0, lastColon + 1)}0:0`;
  }
  const halves = input.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const groups = s.split(':');
    const out: number[] = [];
    for (const g of groups) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = parseGroups(halves[0]!);
  const rest = halves.length === 2 ? parseGroups(halves[1]!) : [];
  if (!head || !rest) return undefined;
  let groups: number[];
  if (halves.length === 2) {
    const missing = 8 - head.length - rest.length;
    if (missing < 1) return undefined;
    groups = [...head, ...new Array<number>(missing).fill(0), ...rest];
  } else {
    groups = head;
  }
  if (groups.length !== 8) return undefined;
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  if (tail4 !== undefined) value = (value & ~0xffffffffn) | tail4;
  const isMapped = value >> 32n === 0xffffn;
  return isMapped ? { value, mapped4: value & 0xffffffffn } : { value };
}

/** Parses an IPv4 or IPv6 address; `undefined` when it is neither. */
export function parseIp(text: string): IpAddress | undefined {
  const trimmed = text.trim().replace(/^\[(.*)\]$/, '$1');
  const v4 = parseIpv4(trimmed);
  if (v4 !== undefined) return { family: 4, value: v4 };
  const v6 = parseIpv6(trimmed);
  if (!v6) return undefined;
  if (v6.mapped4 !== undefined) return { family: 4, value: v6.mapped4 };
  return { family: 6, value: v6.value };
}

/** Parses `10.0.0.0/8`, `2001:db8::/32`, or a bare address (a /32 or /128). */
export function parseCidr(text: string): CidrRange | undefined {
  const slash = text.indexOf('/');
  const address = parseIp(slash === -1 ? text : text.slice(0, slash));
  if (!address) return undefined;
  const bits = address.family === 4 ? 32 : 128;
  let prefix = bits;
  if (slash !== -1) {
    const raw = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(raw)) return undefined;
    prefix = Number(raw);
    // An IPv4-mapped IPv6 range (::ffff:10.0.0.0/104) becomes the equivalent IPv4 range.
    if (address.family === 4 && text.slice(0, slash).includes(':')) prefix -= 96;
    if (prefix < 0 || prefix > bits) return undefined;
  }
  const mask = prefix === 0 ? 0n : ((1n << BigInt(prefix)) - 1n) << BigInt(bits - prefix);
  return { family: address.family, network: address.value & mask, prefix };
}

/** True when `cidr` is a valid range or address. */
export function isValidCidr(text: string): boolean {
  return parseCidr(text) !== undefined;
}

/** True when the address lies in the range. Addresses of the other family never match. */
export function cidrContains(range: CidrRange, address: IpAddress): boolean {
  if (range.family !== address.family) return false;
  const bits = range.family === 4 ? 32 : 128;
  const mask = range.prefix === 0 ? 0n : ((1n << BigInt(range.prefix)) - 1n) << BigInt(bits - range.prefix);
  return (address.value & mask) === range.network;
}

/** True when `ip` is inside any of the CIDR strings (invalid entries are ignored: they were validated on write). */
export function ipInAny(ip: string, cidrs: readonly string[]): boolean {
  const address = parseIp(ip);
  if (!address) return false;
  return cidrs.some((text) => {
    const range = parseCidr(text);
    return range !== undefined && cidrContains(range, address);
  });
}
