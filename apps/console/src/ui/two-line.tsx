import type { ReactNode } from 'react';

/**
 * A table cell's value on two lines: the main text (a name, a link, a time) and, under it, a grey monospace line
 * (an id, a kind). One element, so a stacked cell on a phone keeps both beside its label.
 */
export function TwoLine({ children, sub }: { children: ReactNode; sub?: ReactNode }): ReactNode {
  return (
    <div>
      {children}
      {sub === undefined || sub === null || sub === '' ? null : <span className="table__sub">{sub}</span>}
    </div>
  );
}
