/**
 * Where webhook deliveries may go. A webhook is an outbound request the platform makes on behalf of a token holder
 * with MD-0007, and the receiver's answer is stored and shown back: without limits it reaches, and reads, anything the
 * emulator's host can reach (its own admin routes, local services, the cloud metadata service).
 *
 * - **Never** the emulator itself (any address of this host, on a port it serves, or its own host name and port),
 *   link-local addresses (`169.254.0.0/16`, `fe80::/10`, the cloud metadata addresses) or non-unicast addresses.
 * - Loopback (`127.0.0.0/8`, `::1`, `0.0.0.0`, `localhost`) and private ranges (RFC 1918, `100.64.0.0/10`,
 *   `fc00::/7`) only when `allowPrivate` is on: the default in-process and for a loopback-bound CLI, which is the
 *   local development case; `--no-allow-private-webhook-targets` / `--allow-private-webhook-targets` change it.
 *
 * Names are checked as text when a webhook is written, and the addresses they resolve to are checked again when a
 * delivery connects (`connectGuard`), so a name that resolves elsewhere later (DNS rebinding) is still refused.
 * Spellings are normalised first: the URL parser turns `2130706433`, `0x7f.1` and `127.1` into `127.0.0.1`, and
 * `parseIp` turns `::ffff:127.0.0.1` into IPv4.
 */
import { networkInterfaces } from 'node:os';
import { classifyAddress, type AddressClass } from '../net/address-classes';
import { parseIp, type IpAddress } from '../net/cidr';

/** Options of the webhook target policy (`createMockPlatform({ webhookTargets })`). */
export interface WebhookTargetOptions {
  /**
   * Deliver to loopback and private addresses. Default `true` (in-process use and a loopback-bound emulator are local
   * development); the CLI turns it off when bound to another address unless `--allow-private-webhook-targets`.
   */
  allowPrivate?: boolean;
  /** More origins where this emulator is reachable (the CLI adds the address it listens on). */
  ownOrigins?: readonly string[];
}

/** Thrown (as a connection error's cause) when a delivery would connect to a refused address. */
export class RefusedTargetError extends Error {
  override name = 'RefusedTargetError';
  readonly code = 'ERR_WEBHOOK_TARGET_REFUSED';
}

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

function portOf(url: URL): number {
  return url.port === '' ? (DEFAULT_PORTS[url.protocol] ?? 0) : Number(url.port);
}

function bareHost(hostname: string): string {
  return hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
}

/** Addresses of this host's network interfaces, looked up once per policy (they rarely change in a test run). */
function interfaceAddresses(): IpAddress[] {
  const out: IpAddress[] = [];
  try {
    for (const list of Object.values(networkInterfaces())) {
      for (const entry of list ?? []) {
        const address = parseIp(entry.address);
        if (address) out.push(address);
      }
    }
  } catch {
    // no interface list (a sandbox): loopback and unspecified addresses are still known to be local
  }
  return out;
}

const CLASS_TEXT: Record<AddressClass, string> = {
  unspecified: 'an unspecified address (this host)',
  loopback: 'a loopback address',
  'link-local': 'a link-local address (the cloud metadata range)',
  private: 'a private address',
  'non-unicast': 'a multicast, broadcast or reserved address',
  public: 'a public address',
};

/** Decides whether a webhook may be delivered to a URL or an address. */
export class WebhookTargetPolicy {
  readonly allowPrivate: boolean;
  private readonly ownHosts = new Set<string>();
  private readonly ownPorts = new Set<number>();
  private readonly ownOrigins: readonly string[];
  private localAddresses: IpAddress[] | undefined;

  constructor(baseOrigin: string, options: WebhookTargetOptions = {}) {
    this.allowPrivate = options.allowPrivate ?? true;
    this.ownOrigins = [baseOrigin, ...(options.ownOrigins ?? [])];
    for (const origin of this.ownOrigins) {
      const url = new URL(origin);
      this.ownHosts.add(`${bareHost(url.hostname)}:${portOf(url)}`);
      this.ownPorts.add(portOf(url));
    }
  }

  /** The options this policy was made from, with `changes` applied. */
  with(changes: WebhookTargetOptions, baseOrigin: string): WebhookTargetPolicy {
    return new WebhookTargetPolicy(baseOrigin, {
      allowPrivate: changes.allowPrivate ?? this.allowPrivate,
      ownOrigins: [...this.ownOrigins.slice(1), ...(changes.ownOrigins ?? [])],
    });
  }

  private isLocal(address: IpAddress, kind: AddressClass): boolean {
    if (kind === 'loopback' || kind === 'unspecified') return true;
    this.localAddresses ??= interfaceAddresses();
    return this.localAddresses.some((local) => local.family === address.family && local.value === address.value);
  }

  /** Why a delivery to `address` on `port` is refused, or `undefined` when it may go. */
  refusalOfAddress(text: string, port: number): string | undefined {
    const address = parseIp(text);
    if (!address) return `${text} is not an IP address`;
    const kind = classifyAddress(address);
    if (this.ownPorts.has(port) && this.isLocal(address, kind)) return `${text}:${port} is this emulator's own address`;
    if (kind === 'link-local' || kind === 'non-unicast') return `${text} is ${CLASS_TEXT[kind]}`;
    if ((kind === 'loopback' || kind === 'unspecified' || kind === 'private') && !this.allowPrivate) {
      return `${text} is ${CLASS_TEXT[kind]}, and private webhook targets are off (--allow-private-webhook-targets)`;
    }
    return undefined;
  }

  /**
   * Why `url` is refused as it is written, or `undefined`. Host names other than `localhost` pass here; the
   * addresses they resolve to are checked when a delivery connects.
   */
  refusalOfUrl(url: URL): string | undefined {
    const host = bareHost(url.hostname);
    const port = portOf(url);
    if (this.ownHosts.has(`${host}:${port}`)) return `${url.host} is this emulator's own address`;
    if (host === 'localhost' || host.endsWith('.localhost'))
      return this.refusalOfAddress('127.0.0.1', port)?.replace('127.0.0.1', host);
    return parseIp(host) ? this.refusalOfAddress(host, port) : undefined;
  }
}
