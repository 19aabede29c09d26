import { parseIp } from '../net/cidr';

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

/** Reads the client IP of a request. */
export function clientIpOf(request: Request): string {
  const value = request.headers.get(CLIENT_IP_HEADER)?.trim();
  return value && parseIp(value) ? value.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1') : DEFAULT_CLIENT_IP;
}
