/**
 * Special-purpose address blocks (RFC 6890 and the cloud metadata addresses), for deciding where the emulator may
 * send webhook deliveries and which proxies `--trust-proxy loopback,uniquelocal` names.
 */
import { parseIp, type IpAddress } from './cidr';
import { compileIpMatcher, type IpMatcher } from './ip-matcher';

/** What kind of destination an address is. */
export type AddressClass =
  /** `0.0.0.0/8`, `::`: "this host" when connected to. */
  | 'unspecified'
  /** `127.0.0.0/8`, `::1`. */
  | 'loopback'
  /** `169.254.0.0/16`, `fe80::/10`, and the cloud instance metadata addresses. */
  | 'link-local'
  /** RFC 1918, carrier-grade NAT `100.64.0.0/10`, unique local `fc00::/7`. */
  | 'private'
  /** Multicast, broadcast and reserved blocks: never a webhook receiver. */
  | 'non-unicast'
  | 'public';

/** The blocks of each named class, in Express's `trust proxy` vocabulary where it has a name for them. */
export const ADDRESS_BLOCKS = {
  unspecified: ['0.0.0.0/8', '::/128'],
  loopback: ['127.0.0.0/8', '::1/128'],
  // 100.100.100.200 is Alibaba Cloud's metadata service, fd00:ec2::254 AWS's IPv6 one; 169.254.169.254 is link-local.
  linklocal: ['169.254.0.0/16', 'fe80::/10', '100.100.100.200/32', 'fd00:ec2::254/128'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7'],
  nonunicast: ['224.0.0.0/4', '240.0.0.0/4', 'ff00::/8'],
} as const;

const matchers: Record<keyof typeof ADDRESS_BLOCKS, IpMatcher> = {
  unspecified: compileIpMatcher(ADDRESS_BLOCKS.unspecified),
  loopback: compileIpMatcher(ADDRESS_BLOCKS.loopback),
  linklocal: compileIpMatcher(ADDRESS_BLOCKS.linklocal),
  uniquelocal: compileIpMatcher(ADDRESS_BLOCKS.uniquelocal),
  nonunicast: compileIpMatcher(ADDRESS_BLOCKS.nonunicast),
};

/**
 * The IPv4 address an IPv6 address carries and that a connection to it reaches: NAT64 `64:ff9b::/96` and the
 * deprecated IPv4-compatible `::a.b.c.d` (IPv4-mapped `::ffff:a.b.c.d` is already IPv4 after `parseIp`).
 */
function embeddedIpv4(address: IpAddress): IpAddress | undefined {
  if (address.family !== 6) return undefined;
  const high = address.value >> 32n;
  if (high === 0x64ff9b0000000000000000n || (high === 0n && address.value > 1n))
    return { family: 4, value: address.value & 0xffffffffn };
  return undefined;
}

/** The class of a parsed address. */
export function classifyAddress(input: IpAddress): AddressClass {
  const address = embeddedIpv4(input) ?? input;
  // Link-local first: the metadata addresses sit inside blocks of other classes (fd00:ec2::254 is unique local).
  if (matchers.linklocal.containsAddress(address)) return 'link-local';
  if (matchers.unspecified.containsAddress(address)) return 'unspecified';
  if (matchers.loopback.containsAddress(address)) return 'loopback';
  if (matchers.uniquelocal.containsAddress(address)) return 'private';
  if (matchers.nonunicast.containsAddress(address)) return 'non-unicast';
  if (address.family === 4 && address.value === 0xffffffffn) return 'non-unicast';
  return 'public';
}

/** The class of an address in text; `undefined` when it is not an address. */
export function classifyIp(text: string): AddressClass | undefined {
  const address = parseIp(text);
  return address && classifyAddress(address);
}
