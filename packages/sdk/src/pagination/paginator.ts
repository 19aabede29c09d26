import { anySignal } from '../internal/signals';
import { toPage, type Page, type PageFetcher } from './page';

/** How a {@link Paginator} walks the list. */
export interface PaginatorOptions {
  /** Items per request (the API's `limit`). */
  pageSize: number;
  /** Offset of the first item. */
  offset: number;
  /**
   * How many pages are requested ahead of the one being consumed (0: serial paging, one request at a time). At most
   * `prefetch` requests are in flight and `prefetch + 1` pages in memory. Once the first page has told the total
   * (`Content-Range`), the offsets ahead are known, so several pages are requested at once; without a total, or
   * after a page shorter than asked, only the next page is. Every page ahead costs a request when the caller stops
   * early. `list(query, { prefetch: true })` sets 2.
   */
  prefetch: number;
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
 * for await (const token of client.tokens.list(query, { prefetch: true })) { … } // 2 pages ahead in flight
 * ```
 *
 * Pagination is by offset, as on Connect: items created or deleted during a long iteration can shift pages (an item
 * may be skipped or seen twice). Order by a stable field (`ordering(created)`) when that matters.
 */
export class Paginator<T> implements AsyncIterable<T> {
  // Private fields: their names are mangled in a minified bundle, and `util.inspect` of a paginator stays short.
  readonly #fetchPage: PageFetcher<T>;
  readonly #options: PaginatorOptions;

  constructor(fetchPage: PageFetcher<T>, options: PaginatorOptions) {
    this.#fetchPage = fetchPage;
    this.#options = options;
  }

  /** Iterates the items of every page in order. Pages are dropped once consumed, so memory stays constant. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    // `for…of` + `yield` rather than `yield*`: over an array, `yield*` in an async generator wraps every item in an
    // async-from-sync iterator step (more promises per item, about 1.6× the time of this loop). Not `for await` over
    // the pages either: what it holds keeps the page used up alive while the next one is fetched and parsed (two pages
    // at once); `items` is let go before each wait.
    const pages = this.pages();
    try {
      for (let items; (items = (await pages.next()).value?.items); items = undefined)
        for (const item of items) yield item;
    } finally {
      await pages.return();
    }
  }

  /**
   * Iterates the pages, in order. With prefetch, the pages ahead are requested while you work on this one; breaking
   * out of the loop (or an error) cancels every request still in flight.
   */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const { pageSize, prefetch, offset: start, signal: outer } = this.#options;
    const fetchPage = this.#fetchPage;
    // Aborted when the consumer stops, so no request in flight outlives the loop.
    const stop = new AbortController();
    const signal = anySignal([outer, stop.signal]);
    // The requests in flight, in list order, at consecutive offsets `pageSize` apart.
    let ahead: Promise<Page<T>>[] = [];
    let depth = prefetch;
    const load = (offset: number): void => {
      const page = fetchPage({ offset, limit: pageSize, signal }).then((raw) => toPage(raw, offset, pageSize));
      // The consumer may stop before awaiting it; an unobserved rejection must not crash the program.
      page.catch(() => undefined);
      ahead.push(page);
    };
    load(start);
    try {
      // `page` is let go before the next one is awaited: held through the wait, the page used up would still be alive
      // while the next one is parsed.
      for (let page; ahead.length > 0; page = undefined) {
        page = await ahead.shift()!;
        if (page.hasMore) {
          // A server that returned fewer items than asked (a lower cap than `limit`, say) moves the next page: the
          // pages ahead were asked at wrong offsets, so they are dropped, and from now on only the next page, at the
          // offset this one really ends, is requested ahead. No item is skipped or seen twice.
          if (page.nextOffset - page.offset !== pageSize) {
            ahead = [];
            depth = Math.min(depth, 1);
          }
          // The pages ahead are placed by the total; without one the end is only known from a short page, so nothing
          // is requested past the next page (the end is then just past the next page's first item).
          const end = page.total ?? page.nextOffset + 1;
          for (
            let offset = page.nextOffset + ahead.length * pageSize;
            ahead.length < depth && offset < end;
            offset += pageSize
          ) {
            load(offset);
          }
        }
        yield page;
        if (!page.hasMore) return;
        // Serial paging: the next request starts only when the consumer asks for it.
        if (ahead.length === 0) load(page.nextOffset);
      }
    } finally {
      stop.abort();
    }
  }

  /** The first item, or `undefined` when nothing matches. One request with `limit=1`. */
  async first(): Promise<T | undefined> {
    const { offset, signal } = this.#options;
    return (await this.#fetchPage({ offset, limit: 1, signal })).items[0];
  }

  /**
   * How many items match, from one `limit=0` request and its `Content-Range` total. Falls back to walking the pages
   * if the server sends no total (a proxy that strips the header, say).
   */
  async count(): Promise<number> {
    const { offset, signal } = this.#options;
    const { total } = await this.#fetchPage({ offset: 0, limit: 0, signal });
    if (total !== undefined) return Math.max(0, total - offset);
    let count = 0;
    for await (const page of this.pages()) count += page.items.length;
    return count;
  }

  /** Collects the items into an array, stopping after `max` items. Mind memory on long lists without `max`. */
  async toArray(options: ToArrayOptions = {}): Promise<T[]> {
    const max = options.max ?? Infinity;
    const out: T[] = [];
    if (max <= 0) return out;
    // Never fetch more than needed: a small `max` shrinks the page size too.
    const source =
      max < this.#options.pageSize ? new Paginator(this.#fetchPage, { ...this.#options, pageSize: max }) : this;
    for await (const page of source.pages()) {
      for (const item of page.items) {
        out.push(item);
        if (out.length >= max) return out;
      }
    }
    return out;
  }
}
