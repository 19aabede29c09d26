/**
 * The HTTP agent webhook deliveries connect through: it applies the {@link WebhookTargetPolicy} to the address each
 * connection is actually opened to (after DNS resolution, every resolved address), not only to the URL's text, so a
 * name that resolves to a refused address, now or after a DNS change, cannot be reached. A refusal fails the
 * connection with a {@link RefusedTargetError} as the fetch error's cause.
 */
import { lookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { RefusedTargetError, type WebhookTargetPolicy } from './target-policy';

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

function guardedLookup(policy: WebhookTargetPolicy, port: number): LookupFunction {
  return (hostname, options, callback) => {
    const all: LookupAllOptions = { ...(options as LookupOptions), all: true };
    lookup(hostname, all, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      // One refused address refuses the name: the connection could go to any of them.
      for (const { address } of addresses) {
        const refusal = policy.refusalOfAddress(address, port);
        if (refusal)
          return callback(
            new RefusedTargetError(`${hostname} resolves to ${refusal.replace(/^\S+ is/, `${address} which is`)}`),
            '',
            0,
          );
      }
      if ((options as LookupOptions).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** An undici agent whose every connection is checked against `policy()` (read at connect time). */
export function createGuardedAgent(policy: () => WebhookTargetPolicy): Agent {
  return new Agent({
    // Short-lived pooling: a changed policy applies to new connections, and idle sockets do not keep a process up.
    keepAliveTimeout: 1000,
    keepAliveMaxTimeout: 1000,
    connect(options, callback) {
      const current = policy();
      const port = Number(options.port) || (DEFAULT_PORTS[options.protocol] ?? 0);
      const host = options.hostname.replace(/^\[(.*)\]$/, '$1');
      // An address literal is connected to without a lookup.
      if (isIP(host) !== 0) {
        const refusal = current.refusalOfAddress(host, port);
        if (refusal) return callback(new RefusedTargetError(refusal), null);
      }
      buildConnector({ lookup: guardedLookup(current, port) })(options, callback);
    },
  });
}
