import { ADDRESS_BLOCKS } from '../net/address-classes';
import { parseCidr, parseIp } from '../net/cidr';
import { compileIpMatcher } from '../net/ip-matcher';
import type { RequestHeaders } from './deferred-request';

/**
 * The header that carries the client's IP into the handlers.
 *
 * In-process (MSW `setupServer`), tests set it to play a client at any address. Over HTTP, the node adapter deletes
 * any incoming copy and sets it from the socket address (or from `X-Forwarded-For` with `--trust-proxy`, see
 * {@link compileTrustProxy}), so a remote client cannot choose its own IP.
 */
export const CLIENT_IP_HEADER = 'x-mock-client-ip';

/** The IP used when a request carries none (an in-process test that does not care). */
export const DEFAULT_CLIENT_IP = '127.0.0.1';

/** The last header value read and the IP it gave: a client sends its requests from one address. */
let last: { value: string | null; ip: string } = { value: null, ip: DEFAULT_CLIENT_IP };

/** Reads the client IP of a request. */
export function clientIpOf(request: { readonly headers: RequestHeaders }): string {
  const raw = request.headers.get(CLIENT_IP_HEADER);
  if (raw === last.value) return last.ip;
  last = { value: raw, ip: parseClientIp(raw) };
  return last.ip;
}

function parseClientIp(raw: string | null): string {
  const value = raw?.trim();
  if (!value || !parseIp(value)) return DEFAULT_CLIENT_IP;
  // An IPv4-mapped IPv6 address is the IPv4 client it maps.
  return value.includes(':') ? value.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1') : value;
}

/**
 * Which `X-Forwarded-For` hops to believe (Express's `trust proxy` convention): `false` none, `true` or a number `n`
 * the `n` nearest hops (the socket peer counts as the first; `true` is 1), or a list of proxy addresses/CIDRs (an
 * array, or one comma-separated string), where `loopback`, `linklocal` and `uniquelocal` name those blocks.
 */
export type TrustProxySetting = boolean | number | string | readonly string[];

/** Works out the client of a request from its socket peer and its `X-Forwarded-For` header. */
export type ClientIpResolver = (
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
) => string;

function plainIp(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
}

/**
 * Compiles a {@link TrustProxySetting}. Throws a `TypeError` naming the bad part when a list entry is not an address,
 * CIDR or block name, or the hop count is not a non-negative integer.
 *
 * The client is the right-most address that is not a trusted proxy, walking from the socket peer leftwards through
 * `X-Forwarded-For`: proxies such as nginx, HAProxy and AWS ALB append the address they saw, so everything left of
 * the last trusted hop is whatever the client chose to send. A hop that is not an IP address stops the walk at the
 * nearest trusted one.
 */
export function compileTrustProxy(setting: TrustProxySetting | undefined): ClientIpResolver {
  const isTrusted = trustPredicate(setting ?? false);
  return (socketAddress, forwardedFor) => {
    let client = plainIp(socketAddress ?? DEFAULT_CLIENT_IP);
    if (!isTrusted(client, 0) || forwardedFor === undefined) return client;
    const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
    const hops = header.split(',');
    let depth = 0;
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i]!.trim();
      if (hop === '') continue;
      if (!parseIp(hop)) return client;
      client = plainIp(hop.replace(/^\[(.*)\]$/, '$1'));
      depth += 1;
      if (!isTrusted(client, depth)) return client;
    }
    return client;
  };
}

function trustPredicate(setting: TrustProxySetting): (ip: string, depth: number) => boolean {
  if (setting === false) return () => false;
  if (setting === true) return (_ip, depth) => depth < 1;
  if (typeof setting === 'number') {
    if (!Number.isInteger(setting) || setting < 0)
      throw new TypeError(`trust proxy: hop count must be a non-negative integer, got ${setting}`);
    return (_ip, depth) => depth < setting;
  }
  const entries = (typeof setting === 'string' ? setting.split(',') : [...setting])
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (typeof setting === 'string' && entries.length === 1 && /^\d+$/.test(entries[0]!))
    return trustPredicate(Number(entries[0]));
  const ranges: string[] = [];
  for (const entry of entries) {
    const named = (ADDRESS_BLOCKS as Record<string, readonly string[] | undefined>)[entry.toLowerCase()];
    if (named && entry.toLowerCase() !== 'nonunicast') ranges.push(...named);
    else if (parseCidr(entry)) ranges.push(entry);
    else
      throw new TypeError(
        `trust proxy: "${entry}" is not an IP address, CIDR range, hop count or one of loopback, linklocal, uniquelocal`,
      );
  }
  const matcher = compileIpMatcher(ranges);
  return (ip) => matcher.contains(ip);
}
