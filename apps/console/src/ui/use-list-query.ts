/**
 * The state every list screen has: filters, search, ordering and paging kept in the URL (so a view can be bookmarked;
 * nothing secret ever goes there), and the page of results loaded for them. A change of filter, search or ordering
 * goes back to the first page.
 */
import type { Page } from '@connect-tokens/sdk';
import { useCallback } from 'react';
import { useQueryParam } from '../router/hash-router';
import { useAsync, type AsyncState } from './use-async';
import { useUrlPaging, useUrlSearch, type UrlPaging } from './use-url-paging';

/** What a list screen asks the API for. */
export interface ListRequest<F extends string> {
  /** Filter values by name; `''` when a filter is off. */
  filters: Readonly<Record<F, string>>;
  /** The search text in force (`''` for none). */
  search: string;
  /** An `ordering(...)` term such as `-events.created.at`. */
  ordering: string;
  limit: number;
  offset: number;
}

/** What {@link useListQuery} returns. */
export interface ListQuery<T, F extends string> {
  /** The page loaded for the current request (kept while reloading). */
  state: AsyncState<Page<T>>;
  /** Its items (empty while nothing is loaded). */
  items: readonly T[];
  request: ListRequest<F>;
  setFilter(name: F, value: string): void;
  /** The search box's text as typed (it takes effect after a pause). */
  searchDraft: string;
  setSearchDraft(text: string): void;
  setOrdering(ordering: string): void;
  paging: UrlPaging;
  /** True when a search or a filter other than its default narrows the list (for "no match" rather than "nothing yet"). */
  filtered: boolean;
}

/**
 * One list screen's query. `filterNames` must be the same on every render (a constant of the screen); `load` gets the
 * request and an abort signal and returns one page, e.g. `fetchPage(client.tokens.list(query, { signal }))`.
 */
export function useListQuery<T, F extends string = never>({
  filterNames = [],
  filterDefaults = {},
  defaultLimit = 25,
  defaultOrdering,
  load,
  deps = [],
}: {
  filterNames?: readonly F[];
  /** A filter's value when the URL has none (and the value that leaves it out of the URL); `''` unless given. */
  filterDefaults?: Partial<Record<F, string>>;
  defaultLimit?: number;
  defaultOrdering: string;
  load: (request: ListRequest<F>, signal: AbortSignal) => Promise<Page<T>>;
  /** Anything else the load depends on (the client). */
  deps?: readonly unknown[];
}): ListQuery<T, F> {
  const paging = useUrlPaging(defaultLimit);
  const [search, searchDraft, setSearchDraft] = useUrlSearch(paging.firstPage);
  const [ordering, setOrderingParam] = useQueryParam('ordering', defaultOrdering);
  const filters = {} as Record<F, string>;
  const setters = {} as Record<F, (value: string) => void>;
  for (const name of filterNames) {
    // The names are a constant of the screen, so the hooks run in the same order on every render.
    // biome-ignore lint/correctness/useHookAtTopLevel: a constant number of calls (above).
    const [value, setValue] = useQueryParam(name, filterDefaults[name] ?? '');
    filters[name] = value;
    setters[name] = setValue;
  }
  const filterKey = filterNames.map((name) => filters[name]).join('\u0000');
  const request: ListRequest<F> = { filters, search, ordering, limit: paging.limit, offset: paging.offset };
  const state = useAsync(
    (signal) => load(request, signal),
    [...deps, filterKey, search, ordering, paging.limit, paging.offset],
  );

  const { firstPage } = paging;
  const setFilter = (name: F, value: string) => {
    setters[name](value);
    firstPage();
  };
  const setOrdering = useCallback(
    (next: string) => {
      setOrderingParam(next);
      firstPage();
    },
    [setOrderingParam, firstPage],
  );
  return {
    state,
    items: state.data?.items ?? [],
    request,
    setFilter,
    searchDraft,
    setSearchDraft,
    setOrdering,
    paging,
    filtered: Boolean(search) || filterNames.some((name) => filters[name] !== (filterDefaults[name] ?? '')),
  };
}
