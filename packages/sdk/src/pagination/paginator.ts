import { anySignal } from '../core/signals';
import { toPage, type Page, type PageFetcher } from './page';

/** How a {@link Paginator} walks the list. */
export interface PaginatorOptions {
  /** Items per request (the API's `limit`). */
  pageSize: number;
  /** Offset of the first item. */
  offset: number;
  /**
   * Request the next page while the current one is being consumed, so a slow consumer never waits for the network
   * (at most two pages in memory). Off by default: it costs a request when the caller stops early.
   */
  prefetch: boolean;
  /** Aborts the iteration and any request in flight. */
  signal: AbortSignal | undefined;
}

/** Options of {@link Paginator.toArray}. */
export interface ToArrayOptions {
  /** Stop after this many items (fewer requests when the list is long). */
  max?: number;
}

/**
 * The result of a `list()` call: a lazy, re-iterable view of every matching item across pages. Nothing is requested
 * until you iterate or call a method; each iteration starts again from the first page.
 *
 * ```ts
 * for await (const token of client.tokens.list(query)) { … }        // items, one page in memory at a time
 * for await (const page of client.tokens.list(query).pages()) { … } // pages with total and request id
 * const total = await client.tokens.list(query).count();            // one request with limit=0
 * ```
 *
 * Pagination is by offset, as on Connect: items created or deleted during a long iteration can shift pages (an item
 * may be skipped or seen twice). Order by a stable field (`ordering(created)`) when that matters.
 */
export class Paginator<T> implements AsyncIterable<T> {
  constructor(
    private readonly fetchPage: PageFetcher<T>,
    private readonly options: PaginatorOptions,
  ) {}

  /** Iterates the items of every page in order. Pages are dropped once consumed, so memory stays constant. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.pages()) yield* page.items;
  }

  /**
   * Iterates the pages. Breaking out of the loop cancels a prefetched request that is still in flight.
   */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const { pageSize, prefetch } = this.options;
    // Aborted when the consumer stops, so a prefetch in flight does not outlive the loop.
    const stop = new AbortController();
    const signal = anySignal([this.options.signal, stop.signal]);
    const load = (offset: number): Promise<Page<T>> =>
      this.fetchPage({ offset, limit: pageSize, signal }).then((raw) => toPage(raw, offset, pageSize));
    let next: Promise<Page<T>> | undefined = load(this.options.offset);
    try {
      while (next) {
        const page: Page<T> = await next;
        next = undefined;
        if (page.hasMore && prefetch) {
          next = load(page.nextOffset);
          // The consumer may stop before awaiting it; an unobserved rejection must not crash the program.
          next.catch(() => undefined);
        }
        yield page;
        if (!page.hasMore) return;
        next ??= load(page.nextOffset);
      }
    } finally {
      stop.abort();
    }
  }

  /** The first item, or `undefined` when nothing matches. One request with `limit=1`. */
  async first(): Promise<T | undefined> {
    const raw = await this.fetchPage({ offset: this.options.offset, limit: 1, signal: this.options.signal });
    return raw.items[0];
  }

  /**
   * How many items match, from one `limit=0` request and its `Content-Range` total. Falls back to walking the pages
   * if the server sends no total (a proxy that strips the header, say).
   */
  async count(): Promise<number> {
    const raw = await this.fetchPage({ offset: 0, limit: 0, signal: this.options.signal });
    if (raw.total !== undefined) return Math.max(0, raw.total - this.options.offset);
    let count = 0;
    for await (const page of this.pages()) count += page.items.length;
    return count;
  }

  /** Collects the items into an array, stopping after `max` items. Mind memory on long lists without `max`. */
  async toArray(options: ToArrayOptions = {}): Promise<T[]> {
    const max = options.max ?? Number.POSITIVE_INFINITY;
    const out: T[] = [];
    if (max <= 0) return out;
    // Never fetch more than needed: a small `max` shrinks the page size too.
    const source =
      max < this.options.pageSize ? new Paginator(this.fetchPage, { ...this.options, pageSize: max }) : this;
    for await (const page of source.pages()) {
      for (const item of page.items) {
        out.push(item);
        if (out.length >= max) return out;
      }
    }
    return out;
  }
}
