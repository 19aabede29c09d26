import type { Bundle } from 'zapier-platform-core';

/** Zapier keeps at most 100 new items per poll, so a bigger page is wasted. */
export const MAX_POLL_ITEMS = 100;
/** Enough to show a realistic sample in the Zap editor without a slow first test. */
export const SAMPLE_ITEMS = 10;

/** The slice of a list one Zapier call should fetch: `bundle.meta.page` (0-based) pages of `limit` items. */
export interface PageWindow {
  limit: number;
  offset: number;
}

/**
 * Turns Zapier's paging metadata into `limit`/`offset`. A cursor (`z.cursor`) is not needed: the API pages by offset,
 * and lists are ordered so that page n is stable between Zapier's requests for page n and n+1.
 */
export function pageWindow(bundle: Bundle, pageSize = MAX_POLL_ITEMS): PageWindow {
  const meta = bundle.meta ?? ({} as Partial<Bundle['meta']>);
  let limit = pageSize;
  if (meta.isLoadingSample) limit = Math.min(limit, SAMPLE_ITEMS);
  else if (typeof meta.limit === 'number' && meta.limit > 0) limit = Math.min(limit, meta.limit);
  const page = typeof meta.page === 'number' && meta.page > 0 ? Math.floor(meta.page) : 0;
  return { limit, offset: page * limit };
}

/** Anything with SDK-style `pages()`: a `Paginator`. */
interface Pageable<T> {
  pages(): AsyncIterable<{ items: T[] }>;
}

/** The items of the first page only: one request, whatever the list's length. */
export async function firstPage<T>(list: Pageable<T>): Promise<T[]> {
  for await (const page of list.pages()) return page.items;
  return [];
}
