import { rql, type AuditEvent, type Token } from '@connect-tokens/sdk';
import { useState, type ReactNode } from 'react';
import { useClient } from '../../session/session-context';
import { ErrorMessage } from '../../ui/error-message';
import { fetchPage } from '../../ui/fetch-page';
import { Field } from '../../ui/field';
import { formatDateTime } from '../../ui/format';
import { Pagination } from '../../ui/pagination';
import { useAsync } from '../../ui/use-async';
import { ListStatus } from '../../ui/list-status';
import { TwoLine } from '../../ui/two-line';

/** The event types a token's audit trail can contain. */
const TOKEN_EVENT_TYPES: readonly AuditEvent['type'][] = [
  'token.created',
  'token.updated',
  'token.permission_granted',
  'token.permission_revoked',
  'token.activated',
  'token.deactivated',
  'token.renewed',
  'token.rotated',
  'token.expired',
  'token.access_denied',
];

function describeDetails(event: AuditEvent): string {
  const entries = Object.entries(event.details ?? {});
  if (entries.length === 0) return '';
  return entries
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

/** The token's audit trail, newest first, filtered by event type and paged. */
export function AuditTab({ token }: { token: Token }): ReactNode {
  const client = useClient();
  const [type, setType] = useState('');
  const [offset, setOffset] = useState(0);
  const [limit, setLimit] = useState(10);

  const events = useAsync(
    (signal) =>
      fetchPage(
        client.tokens.audit(
          token.id,
          { filter: type ? rql.eq('type', type) : undefined, ordering: ['-at'], limit, offset },
          { signal },
        ),
      ),
    [client, token.id, type, limit, offset],
  );
  const items = events.data?.items ?? [];

  return (
    <div className="audit">
      <div className="toolbar">
        <Field label="Event type">
          <select
            value={type}
            onChange={(event) => {
              setType(event.target.value);
              setOffset(0);
            }}
          >
            <option value="">All events</option>
            {TOKEN_EVENT_TYPES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </Field>
        <div className="toolbar__actions">
          <button type="button" className="btn" onClick={events.reload} disabled={events.loading}>
            Refresh
          </button>
        </div>
      </div>
      <ErrorMessage error={events.error} context="Could not load the audit trail" onRetry={events.reload} />
      <div className="table-wrap" aria-busy={events.loading}>
        <table className="table table--stack">
          <caption className="visually-hidden">Audit trail of {token.name}</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Event</th>
              <th scope="col">By</th>
              <th scope="col">IP</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {items.map((event) => (
              <tr key={event.id}>
                <td data-label="When">{formatDateTime(event.at)}</td>
                <td data-label="Event">
                  <TwoLine sub={event.reason}><code>{event.type}</code></TwoLine>
                </td>
                <td data-label="By">{event.actor?.name ?? 'Platform'}</td>
                <td data-label="IP">{event.ip ?? '—'}</td>
                <td data-label="Details" className="audit__details">
                  {describeDetails(event) || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ListStatus state={events} count={items.length} loading="Loading the audit trail…" empty={`No events${type ? ` of type ${type}` : ''}.`} />
      </div>
      <Pagination
        label="Audit trail pages"
        offset={offset}
        limit={limit}
        total={events.data?.total}
        count={items.length}
        onChange={setOffset}
        onLimitChange={(next) => {
          setLimit(next);
          setOffset(0);
        }}
      />
    </div>
  );
}
