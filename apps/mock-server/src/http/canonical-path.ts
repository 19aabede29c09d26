/**
 * The one canonical spelling of a request path. Routing, access rules and the policy check all see the path this
 * module returns, so no spelling of a path can reach a route while escaping a rule that names it (issue 16 item 2).
 *
 * Rule (RFC 3986 §6.2.2 normalisation, then Connect's slash-free form): percent-escapes of unreserved characters
 * (`A-Z a-z 0-9 - . _ ~`) are decoded, other escapes get upper-case hex, dot segments (`.`, `..`, also spelled
 * `%2E`) are resolved, and empty segments (`//`, a trailing `/`) are dropped. A non-canonical spelling is then served
 * exactly as its canonical path: `GET //auth/tokens/` is `GET /auth/tokens`, with the same rules and the same answer.
 * Escapes of reserved characters stay escaped, so `%2F` never becomes a segment separator.
 */

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** One segment with unreserved escapes decoded and the others upper-cased; a malformed `%` is kept as `%25`. */
function normaliseSegment(segment: string): string {
  if (!segment.includes('%')) return segment;
  return segment.replace(/%([0-9A-Fa-f]{2})?/g, (_escape: string, hex: string | undefined) => {
    if (hex === undefined) return '%25';
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

/**
 * The canonical form of `path` (an absolute path without query): starts with `/`, has no empty, `.` or `..`
 * segments and no trailing slash (`/` alone for the root).
 */
export function canonicalPath(path: string): string {
  // The common case, an already canonical path, costs one scan and no allocation.
  if (path !== '' && /^(\/[A-Za-z0-9\-_~][A-Za-z0-9\-._~]*)*$/.test(path)) return path;
  const out: string[] = [];
  for (const raw of path.split('/')) {
    const segment = normaliseSegment(raw);
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      out.pop();
      continue;
    }
    out.push(segment);
  }
  return `/${out.join('/')}`;
}
