/**
 * Serves a built single-page app (the web console's `dist/`) under a mount path, for the `node:http` adapter.
 *
 * The emulator does not depend on the console package: the caller points it at a directory (`--console <dir>`).
 * Paths are taken from the raw request target, before any URL normalisation, and every segment is decoded and checked
 * on its own, so `..`, `%2e%2e`, encoded separators (`%2f`, `%5c`), NUL bytes and symlinks out of the directory never
 * reach a file outside it. Unknown paths without a file extension (client-side routes) get `index.html`.
 */
import { createReadStream, realpathSync, statSync, type Stats } from 'node:fs';
import { stat, realpath } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** A static site mounted under a path. */
export interface StaticConsole {
  /** The mount path, `/console`. */
  readonly mountPath: string;
  /** True when the raw request target (`req.url`) is the mount path or below it. */
  owns(target: string): boolean;
  /** Answers the request (never throws; a failure mid-stream destroys the socket). */
  serve(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/**
 * The page's policy: scripts and styles only from the emulator (no inline scripts, so an injected string cannot run),
 * API calls to any endpoint the user types in, images also from `data:`/`blob:` (logo previews), no framing.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  'connect-src *',
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** Vite puts content-hashed files under `assets/`: they never change, everything else may. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

type Resolved =
  | { kind: 'file'; path: string; stats: Stats }
  | { kind: 'fallback' }
  | { kind: 'not-found' }
  | { kind: 'bad'; reason: string };

function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function pathOfTarget(target: string): string {
  if (target.startsWith('/')) {
    const end = target.search(/[?#]/);
    return end === -1 ? target : target.slice(0, end);
  }
  // Absolute-form target (`GET http://host/console/ HTTP/1.1`): the URL parser removes dot segments, which is safe;
  // encoded ones are still checked segment by segment below.
  try {
    return new URL(target).pathname;
  } catch {
    return '';
  }
}

function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
): void {
  const body = JSON.stringify({ error_code: code, errors: [message] });
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Mounts the built app in `dir` at `mountPath` (default `/console`). Throws when `dir` is not a directory with an
 * `index.html` (typically: the console was not built).
 */
export function createStaticConsole(dir: string, mountPath = '/console'): StaticConsole {
  const mount = `/${mountPath.replace(/^\/+|\/+$/g, '')}`;
  let root: string;
  try {
    root = realpathSync(resolve(dir));
  } catch {
    throw new Error(
      `console directory ${JSON.stringify(dir)} does not exist (build the console first: npm run build -w @connect-tokens/console)`,
    );
  }
  if (!statSync(root).isDirectory()) throw new Error(`console directory ${JSON.stringify(dir)} is not a directory`);
  const indexPath = join(root, 'index.html');
  let indexStats: Stats;
  try {
    indexStats = statSync(indexPath);
  } catch {
    throw new Error(
      `console directory ${JSON.stringify(dir)} has no index.html (build the console first: npm run build -w @connect-tokens/console)`,
    );
  }
  if (!indexStats.isFile()) throw new Error(`${JSON.stringify(indexPath)} is not a file`);
  const inside = `${root}${sep}`;

  async function resolveTarget(path: string, acceptsHtml: boolean): Promise<Resolved> {
    const segments: string[] = [];
    for (const raw of path.slice(mount.length).split('/')) {
      if (raw === '') continue;
      let segment: string;
      try {
        segment = decodeURIComponent(raw);
      } catch {
        return { kind: 'bad', reason: 'malformed percent-encoding' };
      }
      if (segment.includes('\0')) return { kind: 'bad', reason: 'NUL byte' };
      if (segment === '.' || segment === '..') return { kind: 'bad', reason: 'dot segment' };
      if (segment.includes('/') || segment.includes('\\')) return { kind: 'bad', reason: 'encoded path separator' };
      // Dotfiles (`.env`, `.git`) are never part of a build's public output.
      if (segment.startsWith('.')) return { kind: 'not-found' };
      segments.push(segment);
    }
    if (segments.length === 0) return { kind: 'fallback' };
    const candidate = join(root, ...segments);
    try {
      const real = await realpath(candidate);
      if (real.startsWith(inside)) {
        const stats = await stat(real);
        if (stats.isFile()) return { kind: 'file', path: real, stats };
      }
    } catch {
      // Missing: a client-side route or a missing asset, decided below.
    }
    // A client-side route (`/console/tokens/SU-…`) has no extension; a missing `.js` must not turn into HTML.
    const last = segments[segments.length - 1]!;
    return acceptsHtml || extname(last) === '' ? { kind: 'fallback' } : { kind: 'not-found' };
  }

  async function sendFile(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    stats: Stats,
    cacheControl: string,
  ): Promise<void> {
    const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    const type = contentTypeOf(path);
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': cacheControl,
      etag,
      'last-modified': stats.mtime.toUTCString(),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (type.startsWith('text/html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    headers['content-length'] = String(stats.size);
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await pipeline(createReadStream(path), res);
  }

  return {
    mountPath: mount,
    owns(target) {
      const path = pathOfTarget(target);
      return path === mount || path.startsWith(`${mount}/`);
    },
    async serve(req, res) {
      try {
        const method = (req.method ?? 'GET').toUpperCase();
        if (method !== 'GET' && method !== 'HEAD') {
          sendError(req, res, 405, 'GEN_405', `Method ${method} is not allowed on ${mount}.`, { allow: 'GET, HEAD' });
          return;
        }
        // The body of a GET is never read; drain it so the connection stays usable.
        req.resume();
        const accept = req.headers.accept ?? '';
        const resolved = await resolveTarget(pathOfTarget(req.url ?? mount), /\btext\/html\b/i.test(accept));
        if (resolved.kind === 'bad') {
          sendError(req, res, 400, 'VAL_001', `path: ${resolved.reason} is not allowed.`);
        } else if (resolved.kind === 'not-found') {
          sendError(req, res, 404, 'GEN_404', `No file at ${pathOfTarget(req.url ?? mount)}.`);
        } else if (resolved.kind === 'file') {
          const relative = resolved.path.slice(inside.length).split(sep);
          await sendFile(req, res, resolved.path, resolved.stats, relative[0] === 'assets' ? IMMUTABLE : REVALIDATE);
        } else {
          // index.html may have been rebuilt since start: stat it per request.
          const stats = await stat(indexPath);
          await sendFile(req, res, indexPath, stats, REVALIDATE);
        }
      } catch {
        if (!res.headersSent) sendError(req, res, 500, 'GEN_500', 'Could not read the console file.');
        else res.destroy();
      }
    },
  };
}
