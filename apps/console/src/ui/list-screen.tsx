/**
 * The frame of a list screen: a search form with the screen's filters and actions (Refresh included), the load
 * error, the table (its caption says when the list is filtered), the "nothing here" or loading line, and the
 * pagination. Screens give the head and rows of the table; {@link useListQuery} gives the state.
 */
import type { ReactNode } from 'react';
import { ErrorMessage } from './error-message';
import { Field } from './field';
import { ListStatus } from './list-status';
import { Pagination } from './pagination';
import type { ListQuery } from './use-list-query';

export function ListScreen<T, F extends string>({
  query,
  noun,
  caption,
  pagesLabel,
  searchable = true,
  searchLabel = 'Search',
  searchHint,
  filters,
  actions,
  above,
  head,
  rows,
  empty,
  emptyFiltered,
}: {
  query: ListQuery<T, F>;
  /** What is listed, as a sentence says it: "tokens", "endpoint tokens" ("Could not load the tokens"). */
  noun: string;
  /** The table's caption, read by screen readers: "API tokens matching the filters". */
  caption: string;
  /** The pagination's name: "Token pages". */
  pagesLabel: string;
  /** False for lists the API cannot search (no search box). */
  searchable?: boolean;
  searchLabel?: string;
  searchHint?: string;
  /** The filter fields of the toolbar. */
  filters?: ReactNode;
  /** Buttons beside Refresh. */
  actions?: ReactNode;
  /** Between the toolbar and the table (a bulk-action bar). */
  above?: ReactNode;
  /** The table head's row. */
  head: ReactNode;
  rows: ReactNode;
  /** Shown when the unfiltered list is empty. */
  empty: ReactNode;
  /** Shown when filters match nothing (default "No <noun> match these filters."). */
  emptyFiltered?: ReactNode;
}): ReactNode {
  const { state, items, paging } = query;
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new; role="search" is the landmark. */}
      <form
        className="toolbar card"
        role="search"
        aria-label={`Filter ${noun}`}
        onSubmit={(event) => event.preventDefault()}
      >
        {searchable ? (
          <Field label={searchLabel} hint={searchHint}>
            <input
              type="search"
              value={query.searchDraft}
              onChange={(event) => query.setSearchDraft(event.target.value)}
            />
          </Field>
        ) : null}
        {filters}
        <div className="toolbar__actions">
          {actions}
          <button type="button" className="btn" onClick={state.reload} disabled={state.loading}>
            {state.loading ? 'Refreshing…' : 'Refresh'}
          </button>
        </div>
      </form>

      <ErrorMessage error={state.error} context={`Could not load the ${noun}`} onRetry={state.reload} />
      {above}

      <div className="table-wrap" aria-busy={state.loading}>
        <table className="table table--stack">
          <caption className="visually-hidden">{caption}</caption>
          <thead>{head}</thead>
          <tbody>{rows}</tbody>
        </table>
        <ListStatus
          state={state}
          count={items.length}
          loading={`Loading ${noun}…`}
          empty={query.filtered ? (emptyFiltered ?? `No ${noun} match these filters.`) : empty}
        />
      </div>

      <Pagination
        label={pagesLabel}
        offset={paging.offset}
        limit={paging.limit}
        total={state.data?.total}
        count={items.length}
        onChange={paging.setOffset}
        onLimitChange={paging.setLimit}
      />
    </>
  );
}
