import { anySignal } from '../core/signals';
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
   * (`Content-Range`), the offsets ahead are known, so several pages are requested at once; without a total only the
   * next page is. Every page ahead costs a request when the caller stops early.
   */
  prefetch: number;
  /** Aborts the iteration and any request in flight. */
  signal: AbortSignal | undefined;
}

/** A page request in flight. */
interface Pending<T> {
  controller: AbortController;
  page: Promise<Page<T>>;
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
  constructor(
    private readonly fetchPage: PageFetcher<T>,
    private readonly options: PaginatorOptions,
  ) {}

  /** Iterates the items of every page in order. Pages are dropped once consumed, so memory stays constant. */
  [Symbol.asyncIterator](): AsyncIterator<T, undefined> {
    return itemsOf(this.pages());
  }

  /**
   * Iterates the pages, in order. With prefetch, the pages ahead are requested while you work on this one; breaking
   * out of the loop (or an error) cancels every request still in flight.
   */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const { pageSize, prefetch } = this.options;
    // The requests in flight, in list order, at consecutive offsets `pageSize` apart. Each has its own controller, so
    // requests for offsets that turn out wrong can be cancelled, and all of them when the consumer stops.
    const ahead: Pending<T>[] = [];
    const load = (offset: number): void => {
      const controller = new AbortController();
      const signal = anySignal([this.options.signal, controller.signal]);
      const page = this.fetchPage({ offset, limit: pageSize, signal }).then((raw) => toPage(raw, offset, pageSize));
      // The consumer may stop before awaiting it; an unobserved rejection must not crash the program.
      page.catch(() => undefined);
      ahead.push({ controller, page });
    };
    const cancel = (): void => {
      for (const pending of ahead.splice(0)) pending.controller.abort();
    };
    load(this.options.offset);
    try {
      for (let pending; (pending = ahead.shift()); ) {
        const page = await pending.page;
        if (page.hasMore) {
          // A server that returned fewer items than asked (a lower cap than `limit`, say) moves the next page: the
          // requests ahead are for wrong offsets, so they are cancelled and paging goes on from where this page really
          // ends. No item is skipped or seen twice.
          if (page.nextOffset !== page.offset + pageSize) cancel();
          // The pages ahead are placed by the total; without one the end is only known from a short page, so nothing
          // is requested past the next page.
          const depth = page.total === undefined ? Math.min(prefetch, 1) : prefetch;
          const end = page.total ?? Number.POSITIVE_INFINITY;
          for (let offset = page.nextOffset + ahead.length * pageSize; ahead.length < depth && offset < end; offset += pageSize) {
            load(offset);
          }
        }
        yield page;
        if (!page.hasMore) return;
        // Serial paging: the next request starts only when the consumer asks for it.
        if (ahead.length === 0) load(page.nextOffset);
      }
    } finally {
      cancel();
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

/**
 * The items of a page stream, one `next()` each. Written out rather than an async generator with `yield*`: a generator
 * awaits every item it yields, several promises and microtask turns per item, which over a long list is measurable CPU
 * and garbage; here an item already in memory costs one resolved promise.
 */
function itemsOf<T>(pages: AsyncGenerator<Page<T>, void, undefined>): AsyncIterator<T, undefined> {
  let items: readonly T[] = [];
  let index = 0;
  // A `next()` that waits for a page; calls made meanwhile queue behind it, so items still come in order.
  let pulling: Promise<IteratorResult<T, undefined>> | undefined;
  const advance = async (): Promise<IteratorResult<T, undefined>> => {
    while (index >= items.length) {
      // The consumed page is dropped before waiting for the next one.
      items = [];
      index = 0;
      const result = await pages.next();
      if (result.done) return { value: undefined, done: true };
      items = result.value.items;
    }
    return { value: items[index++]!, done: false };
  };
  return {
    next() {
      if (!pulling && index < items.length) return Promise.resolve({ value: items[index++]!, done: false });
      const next = (pulling = pulling ? pulling.then(advance, advance) : advance());
      const settled = (): void => {
        if (pulling === next) pulling = undefined;
      };
      next.then(settled, settled);
      return next;
    },
    // Breaking out of `for await`: the page stream's `finally` cancels the requests in flight.
    async return() {
      items = [];
      await pages.return();
      return { value: undefined, done: true };
    },
  };
}
