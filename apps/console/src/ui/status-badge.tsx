import type { ReactNode } from 'react';

const LABELS: Record<string, string> = {
  active: 'Active',
  inactive: 'Inactive',
  expiring: 'Expiring',
  expired: 'Expired',
  pending: 'Pending',
  deleted: 'Deleted',
  revitalised: 'Revitalised',
};

/** A token (or endpoint token) status as a coloured badge with a text label (colour is never the only cue). */
export function StatusBadge({ status }: { status: string }): ReactNode {
  return <span className={`badge badge--${status}`}>{LABELS[status] ?? status}</span>;
}
