import { useId, type ReactNode } from 'react';

/** Page sizes offered by {@link Pagination}. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;

/**
 * Previous/next paging over an offset list, with "11–20 of 57" and a page-size choice. `total` comes from the API's
 * `Content-Range`; without it, "next" is enabled while pages come back full.
 */
export function Pagination({
  offset,
  limit,
  total,
  count,
  onChange,
  onLimitChange,
  label = 'Pagination',
}: {
  offset: number;
  limit: number;
  /** Total matching items, when known. */
  total: number | undefined;
  /** Items on the current page. */
  count: number;
  /** Called with the new offset. */
  onChange: (offset: number) => void;
  /** Shows the page-size select when given. */
  onLimitChange?: (limit: number) => void;
  /** Accessible name of the navigation landmark, e.g. "Tokens pages". */
  label?: string;
}): ReactNode {
  const sizeId = useId();
  const first = count === 0 ? 0 : offset + 1;
  const last = offset + count;
  const hasNext = total !== undefined ? last < total : count >= limit;
  return (
    <nav className="pagination" aria-label={label}>
      <p className="pagination__range" aria-live="polite">
        {count === 0 ? 'No items' : `${first}–${last}${total !== undefined ? ` of ${total}` : ''}`}
      </p>
      {onLimitChange ? (
        <span className="pagination__size">
          <label htmlFor={sizeId}>Per page</label>
          <select id={sizeId} value={limit} onChange={(event) => onLimitChange(Number(event.target.value))}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      <span className="pagination__buttons">
        <button
          type="button"
          className="btn"
          disabled={offset === 0}
          onClick={() => onChange(Math.max(0, offset - limit))}
        >
          Previous<span className="visually-hidden"> page</span>
        </button>
        <button type="button" className="btn" disabled={!hasNext} onClick={() => onChange(offset + limit)}>
          Next<span className="visually-hidden"> page</span>
        </button>
      </span>
    </nav>
  );
}
