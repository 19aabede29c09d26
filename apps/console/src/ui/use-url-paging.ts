import { useCallback, useEffect, useState } from 'react';
import { useQueryParam } from '../router/hash-router';

/** The largest page the API serves. */
const MAX_LIMIT = 100;

/** What {@link useUrlPaging} returns. */
export interface UrlPaging {
  offset: number;
  limit: number;
  /** Goes to the page starting at `offset` (Pagination's `onChange`). */
  setOffset: (offset: number) => void;
  /** Changes the page size and goes back to the first page (Pagination's `onLimitChange`). */
  setLimit: (limit: number) => void;
  /** Back to the first page, after a filter changed. */
  firstPage: () => void;
}

/**
 * The offset and page size of a list, kept in the URL (`?offset=50&limit=25`, so a page can be bookmarked) and
 * clamped to what the API accepts whatever the URL says. List screens get it through `useListQuery`.
 */
export function useUrlPaging(defaultLimit: number): UrlPaging {
  const [offsetText, setOffsetText] = useQueryParam('offset', '0');
  const [limitText, setLimitText] = useQueryParam('limit', String(defaultLimit));
  const offset = Math.max(0, Number.parseInt(offsetText, 10) || 0);
  const limit = Math.min(MAX_LIMIT, Math.max(1, Number.parseInt(limitText, 10) || defaultLimit));
  const setOffset = useCallback((next: number) => setOffsetText(String(next)), [setOffsetText]);
  const firstPage = useCallback(() => setOffsetText('0'), [setOffsetText]);
  const setLimit = useCallback(
    (next: number) => {
      setLimitText(String(next));
      setOffsetText('0');
    },
    [setLimitText, setOffsetText],
  );
  return { offset, limit, setOffset, setLimit, firstPage };
}

/** Milliseconds of quiet typing before a search is sent. */
const SEARCH_PAUSE_MS = 300;

/**
 * A search box whose text reaches the URL (`?q=…`) after a short pause instead of one request per keystroke.
 * Returns the search in force, the text being typed and its setter; `onSearch` runs when a new search takes effect
 * (typically `paging.firstPage`).
 */
export function useUrlSearch(onSearch: () => void): [search: string, draft: string, setDraft: (text: string) => void] {
  const [search, setSearch] = useQueryParam('q');
  const [draft, setDraft] = useState(search);
  useEffect(() => {
    if (draft === search) return;
    const timer = window.setTimeout(() => {
      setSearch(draft.trim());
      onSearch();
    }, SEARCH_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, search, setSearch, onSearch]);
  return [search, draft, setDraft];
}
