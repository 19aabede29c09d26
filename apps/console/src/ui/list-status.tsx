import type { ReactNode } from 'react';
import type { AsyncState } from './use-async';

/**
 * What goes under a list's table instead of rows: the "nothing here" text once a load came back empty, or a
 * loading line (announced) the first time; nothing while rows are shown or an error is.
 */
export function ListStatus({
  state,
  count,
  empty,
  loading,
}: {
  state: AsyncState<unknown>;
  count: number;
  empty: ReactNode;
  loading: string;
}): ReactNode {
  if (!state.loading && !state.error && count === 0) return <p className="empty">{empty}</p>;
  if (state.loading && !state.data) {
    return (
      <p className="empty" role="status">
        {loading}
      </p>
    );
  }
  return null;
}
