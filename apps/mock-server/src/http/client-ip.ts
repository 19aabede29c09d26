import { parseIp } from '../net/cidr';
import type { RequestHeaders } from './deferred-request';

/**
 * The header that carries the client's IP into the handlers.
 *
 * In-process (MSW `setupServer`), tests set it to play a client at any address. Over HTTP, the node adapter deletes
 * any incoming copy and sets it from the socket address (or from `X-Forwarded-For` with `--trust-proxy`), so a remote
 * client cannot choose its own IP.
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
