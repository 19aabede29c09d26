/**
 * The emulator over real HTTP for attack-style tests: a seeded platform served by the node:http adapter on
 * 127.0.0.1 and an ephemeral port, plus small real servers that play webhook receivers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  startMockServer,
  type MockPlatform,
  type MockPlatformOptions,
  type MockServer,
  type TrustProxySetting,
} from '@connect-tokens/mock-server';
import { startPlatform } from './emulator';
import { readBody } from './read-body';

/** A served platform: `api` is its base URL over HTTP. */
export interface ServedPlatform {
  platform: MockPlatform;
  server: MockServer;
  api: string;
  /** JSON headers with the bootstrap key. */
  admin: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Starts a platform and serves it. Like the CLI, it tells the platform where it listens, so webhooks can never be
 * pointed back at it.
 */
export async function servePlatform(
  options: MockPlatformOptions & { trustProxy?: TrustProxySetting } = {},
): Promise<ServedPlatform> {
  const { trustProxy, ...platformOptions } = options;
  const { platform } = await startPlatform(platformOptions);
  const server = await startMockServer({
    handlers: platform.handlers,
    port: 0,
    host: '127.0.0.1',
    origin: 'http://127.0.0.1:4010',
    ...(trustProxy !== undefined ? { trustProxy } : {}),
  });
  platform.webhooks.configure({ targets: { ownOrigins: [server.url] } });
  return {
    platform,
    server,
    api: `${server.url}/public/v1`,
    admin: { 'content-type': 'application/json', authorization: platform.bootstrapKey },
    close: () => server.close(),
  };
}

/** Sends a JSON request and reads the JSON answer. */
export async function call(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
) {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: init.headers ?? {},
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const { text, body } = await readBody(response);
  return { status: response.status, headers: response.headers, text, body };
}

/** A real HTTP server on 127.0.0.1 that counts the requests it answers. */
export async function startReceiver(answer: (req: IncomingMessage, res: ServerResponse) => void) {
  let hits = 0;
  const server = createServer((req, res) => {
    hits += 1;
    req.resume();
    req.on('end', () => answer(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get hits() {
      return hits;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A webhook body for `POST /notifications/webhooks`. */
export function webhookBody(externalUrl: string): Record<string, unknown> {
  return {
    object_class: 'token',
    label: 'probe',
    description: null,
    external_url: externalUrl,
    jwt_secret: 'probe-secret-0123456789',
    active: true,
    http_method: 'POST',
  };
}
