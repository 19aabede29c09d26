/** One page of a list, as the server returned it. */
export interface Page<T> {
  /** The page's items. */
  readonly items: T[];
  /** Offset of the first item. */
  readonly offset: number;
  /** Page size asked for. */
  readonly limit: number;
  /** Total matching items from `Content-Range`, when the server sent it. */
  readonly total: number | undefined;
  /** `X-Request-Id` of the response. */
  readonly requestId: string | undefined;
  /** True when another page follows. */
  readonly hasMore: boolean;
  /** Offset of the next page (`offset + items.length`: robust to a server that returns fewer items than asked). */
  readonly nextOffset: number;
}

/** What a list endpoint returns for one request; built by the resource from the response. */
export interface RawPage<T> {
  items: T[];
  total: number | undefined;
  requestId: string | undefined;
}

/** Fetches one page; `limit: 0` asks only for the total. */
export type PageFetcher<T> = (request: {
  offset: number;
  limit: number;
  signal: AbortSignal | undefined;
}) => Promise<RawPage<T>>;

/** Completes a raw page with what the paginator derives from it. */
export function toPage<T>(raw: RawPage<T>, offset: number, limit: number): Page<T> {
  const count = raw.items.length;
  const nextOffset = offset + count;
  // Prefer the server's total; without it, a short page is the last one. An empty page always ends the list, which
  // also guarantees the iteration terminates whatever the server says.
  const hasMore = count > 0 && (raw.total !== undefined ? nextOffset < raw.total : count >= limit);
  return { items: raw.items, offset, limit, total: raw.total, requestId: raw.requestId, hasMore, nextOffset };
}
