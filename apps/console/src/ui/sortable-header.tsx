import type { ReactNode } from 'react';

/**
 * A column header that sorts the list by `field` (an `ordering(...)` field of the API): a button that toggles
 * ascending and descending, with `aria-sort` on the header so screen readers announce the order in force.
 */
export function SortableHeader({
  label,
  field,
  ordering,
  onSort,
}: {
  label: string;
  field: string;
  /** The ordering in force, e.g. `-name`. */
  ordering: string;
  onSort: (ordering: string) => void;
}): ReactNode {
  const ascending = ordering === field;
  const descending = ordering === `-${field}`;
  const sort = ascending ? 'ascending' : descending ? 'descending' : 'none';
  return (
    <th scope="col" aria-sort={sort}>
      <button type="button" className="sort-button" onClick={() => onSort(ascending ? `-${field}` : field)}>
        {label}
        <span className="sort-button__arrow" aria-hidden="true">
          {ascending ? '▲' : descending ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
