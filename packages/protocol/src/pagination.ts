/**
 * Connect's list pagination: `limit`/`offset` query parameters and a `Content-Range: items <first>-<last>/<total>`
 * response header. Both sides use these helpers so they cannot disagree on the header's grammar.
 */

/** Page size when the request gives none. */
export const DEFAULT_PAGE_LIMIT = 100;
/** Largest page a server returns; a larger `limit` is capped to it (django-rql's pagination), not refused. */
export const MAX_PAGE_LIMIT = 1000;

/** A parsed `Content-Range` header. `first`/`last` are zero-based and inclusive; both are the offset on an empty page. */
export interface ContentRange {
  first: number;
  last: number;
  total: number;
}

const CONTENT_RANGE = /^items\s+(\d+)-(\d+)\/(\d+)$/i;

/**
 * Parses `items 0-99/1234`. Returns `undefined` for a missing or foreign header rather than throwing: a list without
 * it is still a valid list, the caller just cannot know the total.
 */
export function parseContentRange(header: string | null | undefined): ContentRange | undefined {
  if (!header) return undefined;
  const match = CONTENT_RANGE.exec(header.trim());
  if (!match) return undefined;
  return { first: Number(match[1]), last: Number(match[2]), total: Number(match[3]) };
}

/**
 * Formats the header for a page of `count` items starting at `offset` out of `total`. An empty page (`limit=0`, or an
 * offset past the end) is `items <offset>-<offset>/<total>`, as django-rql's `RQLContentRangeLimitOffsetPagination`
 * (Connect's) writes it: it takes the length as 0, so first and last are both the offset.
 */
export function formatContentRange(offset: number, count: number, total: number): string {
  return count === 0 ? `items ${offset}-${offset}/${total}` : `items ${offset}-${offset + count - 1}/${total}`;
}
