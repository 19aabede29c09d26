import {
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  query as emptyQuery,
  toQueryString,
  type OrderingKey,
  type RqlNode,
  type RqlQuery,
  type RqlQueryParts,
  type SelectKey,
} from '@connect-tokens/protocol';
import type { RequestOptions } from '../core/request-options';
import { takePaging } from '../rql/terms';

/** A list query as plain fields, for callers who prefer an object to the builder. */
export interface ListParams<F extends string = string, S extends string = string> {
  /** An RQL filter: a node from `rql.*` or RQL text such as `eq(status,active)`. */
  filter?: RqlNode<F> | string | undefined;
  /** Sort keys, `-` for descending: `['-events.created.at', 'name']`. */
  ordering?: readonly OrderingKey<F>[] | undefined;
  /** Fields to include (`+field` / `field`) or exclude (`-field`). */
  select?: readonly SelectKey<S>[] | undefined;
  /** Free-text search. */
  search?: string | undefined;
  /** Page size, 1 to 1000 (default 100). Iteration still walks every page. */
  limit?: number | undefined;
  /** Items to skip before the first one. */
  offset?: number | undefined;
}

/**
 * Everything `list()` accepts: a query from the resource's typed builder (`client.tokens.query()`) or from
 * `query<Fields>()`, a bare filter node from `rql.*`, RQL text (`'and(eq(status,active),ilike(name,*prod*))'`), or
 * {@link ListParams}. Field names of builder queries and nodes are checked against the fields the endpoint filters
 * and orders on (its `x-rql` rules); text is the untyped escape hatch. `limit` sets the page size and `offset` the
 * start; the paginator sets both on every request.
 */
export type ListQuery<F extends string = string, S extends string = string> =
  | RqlQuery<F, S>
  | RqlNode<F>
  | ListParams<F, S>
  | string;

/** Options of a `list()` call: the usual request options plus prefetching. */
export interface ListOptions extends RequestOptions {
  /**
   * Request the next 2 pages while the current one is consumed, so neither the consumer nor the server waits for the
   * other. Memory stays bounded: at most 2 pages in flight plus the one being consumed. The pages ahead are placed by
   * the `Content-Range` total the first page brings; without a total (or after a page shorter than asked) only the
   * next page is requested ahead. Breaking out of the loop cancels what is in flight, but each page ahead costs a
   * request when you stop early, so it is off by default.
   */
  prefetch?: boolean | undefined;
}

/** Pages requested ahead with `prefetch: true`: two keep a single-threaded server busy while the client parses. */
export const PREFETCH_PAGES = 2;

/** A list query reduced to what the paginator needs. */
export interface NormalizedListQuery {
  /** The RQL part of the query string, without `limit`/`offset`. */
  queryString: string;
  pageSize: number;
  offset: number;
}

function isQuery(value: object): value is RqlQuery {
  // Duck-typed rather than `instanceof`, so a query built with another copy of the protocol package (ESM vs CJS) works.
  return 'parts' in value && typeof (value as { parts: unknown }).parts === 'object';
}

function isNode(value: object): value is RqlNode {
  return typeof (value as { op?: unknown }).op === 'string';
}

/**
 * Reads any {@link ListQuery} into one shape. Builder queries and nodes are serialised by the protocol (always valid
 * and escaped); RQL text is sent as written, minus its `limit`/`offset` terms, and validated by the server.
 */
export function normalizeListQuery(input: ListQuery<string, string> | undefined): NormalizedListQuery {
  let terms: string[] = [];
  let parts: RqlQueryParts = emptyQuery().parts;
  if (typeof input === 'string') {
    const { rest, limit, offset } = takePaging(input);
    terms = rest;
    parts = { ...parts, limit, offset };
  } else if (input && isQuery(input)) parts = input.parts;
  else if (input && isNode(input)) parts = { ...parts, filter: input };
  else if (input) {
    let q = emptyQuery();
    if (typeof input.filter === 'string') terms = takePaging(input.filter).rest;
    else if (input.filter !== undefined) q = q.filter(input.filter);
    if (input.ordering) q = q.ordering(...input.ordering);
    if (input.select) q = q.select(...input.select);
    parts = q.search(input.search).limit(input.limit).offset(input.offset).parts;
  }
  const pageSize = parts.limit ?? DEFAULT_PAGE_LIMIT;
  if (!(Number.isSafeInteger(pageSize) && pageSize >= 1 && pageSize <= MAX_PAGE_LIMIT)) {
    throw new RangeError(
      `limit (the page size) must be between 1 and ${MAX_PAGE_LIMIT}, got ${pageSize}; use .count() for the total`,
    );
  }
  const built = toQueryString({
    filter: parts.filter,
    ordering: parts.ordering,
    select: parts.select,
    search: parts.search,
  });
  return { queryString: [built, ...terms].filter((t) => t !== '').join('&'), pageSize, offset: parts.offset ?? 0 };
}
