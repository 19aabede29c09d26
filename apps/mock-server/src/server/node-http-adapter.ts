/**
 * Serves MSW handlers over real HTTP with `node:http` and msw's `getResponse()` (the platform's own API handlers are
 * called directly, see `direct-dispatch.ts`). (`@mswjs/http-middleware` calls the
 * removed `handleRequest` of msw 2 and cannot drop a connection; this adapter is small enough to own.)
 *
 * - A `Response` with status 0 (`HttpResponse.error()`, the emulator's injected connection reset) becomes
 *   `socket.destroy()`, which a client sees as ECONNRESET.
 * - The client IP comes from the socket (or, with `trustProxy`, the right-most untrusted `X-Forwarded-For` hop) and is
 *   passed to the handlers in `x-mock-client-ip`; any incoming copy of that header is deleted first, so clients
 *   cannot choose it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { compileTrustProxy, type TrustProxySetting } from '../http/client-ip';
import { findDirectRoute } from './direct-dispatch';
import { IncomingRequest } from './incoming-request';
import { knownResponseText, unbuiltHeaders } from '../http/errors';
import { CORS_PREFLIGHT_HEADERS, CORS_RESPONSE_HEADERS, isCorsPreflight } from '../http/cors';
import { createStaticConsole, type StaticConsole } from './static-console';
import { isAdminPath } from '../handlers/admin';

/** Options of {@link startMockServer}. */
export interface StartMockServerOptions {
  /** The handlers to serve (e.g. `platform.handlers`, plus docs handlers). */
  handlers: readonly RequestHandler[];
  port?: number;
  host?: string;
  /** Which `X-Forwarded-For` hops to believe (only behind a trusted reverse proxy); see `compileTrustProxy`. */
  trustProxy?: TrustProxySetting;
  /**
   * The origin handlers are registered for (`http://127.0.0.1:4010`). Requests are rewritten to it, so the handlers
   * match whatever Host the client used. Default: `http://<host>:<port>` as bound.
   */
  origin?: string;
  /**
   * Answer CORS preflights and add `Access-Control-Allow-Origin: *` (default true), so browser apps on another port
   * can use the emulator. Credentials travel in `Authorization`, never cookies, so `*` is enough. The platform's
   * handlers do the same for the API themselves (`createMockPlatform({ cors })`); this covers every other route.
   */
  cors?: boolean;
  /**
   * A built single-page app to serve at `/console` (the web console's `dist/`, with an `index.html`). Unknown paths
   * below it without a file extension get `index.html`. The promise rejects when the directory has no `index.html`.
   */
  consoleDir?: string;
}

const CORS_HEADERS = CORS_RESPONSE_HEADERS;

/** A running HTTP server. */
export interface MockServer {
  server: Server;
  /** `http://host:port` as actually bound (useful with port 0). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Hosts a loopback-bound server answers admin routes for (any port): anything else may be DNS rebinding. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLoopbackBind(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The host name of a `Host` header, lower-cased, without the port (`[::1]` keeps its brackets). */
function hostNameOf(header: string | undefined): string {
  const value = (header ?? '').trim().toLowerCase();
  const bracket = /^(\[[^\]]*\])(:\d*)?$/.exec(value);
  if (bracket) return bracket[1]!;
  return value.replace(/:\d*$/, '');
}

/**
 * Closes a connection whose request body was left unread (413, or a body the route ignores) once the answer is out:
 * the rest of the upload is still on the wire, so the connection cannot carry another request. (Node does the same
 * for a `Connection: close` answer; this makes it independent of that.) The socket is the one captured when the
 * request arrived: `req.socket` is null once Node has destroyed the request, and reading it there used to crash the
 * process (issue 16 item 1).
 */
function closeAfterAnswer(res: ServerResponse, socket: Socket | null): void {
  res.once('finish', () => {
    if (socket && !socket.destroyed) socket.destroySoon();
  });
}

async function writeResponse(
  req: IncomingMessage,
  res: ServerResponse,
  response: Response,
  cors: boolean,
  socket: Socket | null,
): Promise<void> {
  const headers: Record<string, string | string[]> = cors ? { ...CORS_HEADERS } : {};
  // A `jsonResponse` lists its headers without building a `Headers` (see `string-body-response.ts`).
  const unbuilt = unbuiltHeaders(response);
  if (unbuilt) {
    for (const [name, value] of unbuilt) headers[name] = value;
  } else {
    response.headers.forEach((value, name) => {
      if (name === 'set-cookie') return;
      headers[name] = value;
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) headers['set-cookie'] = cookies;
  }
  // Answered before the request body was read (413): the rest of the upload is still on the wire, so this
  // connection cannot carry another request. Close it after the response instead of letting the client reuse it.
  const unread = !req.complete;
  if (unread) headers.connection = 'close';
  // The emulator's bodies are small and already in memory: write status line, headers and body in one `end()` (a
  // string body is joined to the header block, so it goes out in a single socket write). A `jsonResponse` gives its
  // text without a body stream ever being built, so it is asked first: `response.body` would build one.
  const known = knownResponseText(response);
  if (known !== undefined) {
    const bytes = Buffer.byteLength(known, 'utf8');
    headers['content-length'] = String(bytes);
    res.writeHead(response.status, headers);
    if (unread) closeAfterAnswer(res, socket);
    // As many bytes as characters: ASCII only, whose latin1 bytes are its UTF-8 bytes, and Node copies latin1 text
    // without encoding it (a list page is ~120 kB).
    res.end(known, bytes === known.length ? 'latin1' : 'utf8');
    return;
  }
  if (!response.body) {
    if (unread) closeAfterAnswer(res, socket);
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  if (unread) closeAfterAnswer(res, socket);
  const type = response.headers.get('content-type') ?? '';
  const textual = /^(application\/([\w.+-]*\+)?(json|yaml|x-yaml|javascript)|text\/)/i.test(type);
  if (textual) {
    const text = await response.text();
    headers['content-length'] = String(Buffer.byteLength(text, 'utf8'));
    res.writeHead(response.status, headers);
    res.end(text, 'utf8');
  } else {
    const bytes = Buffer.from(await response.arrayBuffer());
    headers['content-length'] = String(bytes.byteLength);
    res.writeHead(response.status, headers);
    res.end(bytes);
  }
}

/** Starts a `node:http` server over the handlers. Resolves once it listens. */
export function startMockServer(options: StartMockServerOptions): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const clientIp = compileTrustProxy(options.trustProxy);
  const cors = options.cors ?? true;
  let origin = options.origin ?? '';
  let site: StaticConsole | undefined;
  try {
    site = options.consoleDir === undefined ? undefined : createStaticConsole(options.consoleDir);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const adminHostCheck = isLoopbackBind(host);
  const server = createServer((req, res) => {
    // Kept now: Node sets `req.socket` to null once the request is destroyed (a client gone mid-body).
    const socket = req.socket as Socket | null;
    void (async () => {
      try {
        if (site?.owns(req.url ?? '/')) {
          await site.serve(req, res);
          return;
        }
        // A Fetch `Request` is built only if something needs one (msw, `ctx.request`): see `incoming-request.ts`.
        const request = new IncomingRequest(
          req,
          origin,
          clientIp(socket?.remoteAddress, req.headers['x-forwarded-for']),
        );
        // The platform's API requests go straight to its pipeline (same function as its MSW handler); anything else,
        // or when unsure, through msw.
        const direct = findDirectRoute(options.handlers, request.parsedUrl, request.method);
        const admin = !direct && isAdminPath(request.parsedUrl.pathname);
        if (admin && adminHostCheck && !LOOPBACK_HOSTS.has(hostNameOf(req.headers.host))) {
          // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still says `Host: evil.example`.
          res.writeHead(403, { 'content-type': 'application/json', connection: 'close' });
          res.end(
            JSON.stringify({
              error_code: 'AUTH_007',
              errors: ['Admin routes of a loopback-bound emulator answer only Host localhost, 127.0.0.1 or [::1].'],
            }),
          );
          if (!req.complete) closeAfterAnswer(res, socket);
          return;
        }
        if (!direct && !admin && cors && isCorsPreflight(request.method, request.headers)) {
          // The platform's API answers its own preflights (direct route); this covers site and admin routes.
          res.writeHead(204, CORS_PREFLIGHT_HEADERS);
          res.end();
          return;
        }
        const response = direct ? await direct(request) : await getResponse([...options.handlers], request.toRequest());
        if (!response) {
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({ error_code: 'GEN_404', errors: [`No route for ${req.method ?? ''} ${req.url ?? ''}`] }),
          );
          return;
        }
        if (response.status === 0 || response.type === 'error') {
          // HttpResponse.error(): drop the connection without a response, like a crashed upstream.
          socket?.destroy();
          return;
        }
        // Admin routes never carry CORS headers (see `handlers/admin.ts`).
        await writeResponse(req, res, response, cors && !admin, socket);
      } catch {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error_code: 'GEN_500', errors: ['Unexpected server error'] }));
        } else {
          res.destroy();
        }
      }
    })();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      const url = `http://${shownHost}:${address.port}`;
      if (!origin) origin = url;
      resolve({
        server,
        url,
        port: address.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
