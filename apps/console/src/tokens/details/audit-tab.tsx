import { rql, type AuditEvent, type Module, type Token } from '@connect-tokens/sdk';
import { useState, type ReactNode } from 'react';
import { useClient } from '../../session/session-context';
import { ErrorMessage } from '../../ui/error-message';
import { fetchPage } from '../../ui/fetch-page';
import { Field } from '../../ui/field';
import { formatDateTime } from '../../ui/format';
import { Pagination } from '../../ui/pagination';
import { useAsync } from '../../ui/use-async';
import { ListStatus } from '../../ui/list-status';
import { auditDetails, auditSentence } from './audit-sentence';

/** The event types a token's audit trail can contain, as the filter offers them. */
const TOKEN_EVENT_TYPES: readonly { type: AuditEvent['type']; label: string }[] = [
  { type: 'token.created', label: 'Created' },
  { type: 'token.updated', label: 'Edited' },
  { type: 'token.permission_granted', label: 'Module granted' },
  { type: 'token.permission_revoked', label: 'Module revoked' },
  { type: 'token.activated', label: 'Enabled' },
  { type: 'token.deactivated', label: 'Disabled' },
  { type: 'token.renewed', label: 'Renewed' },
  { type: 'token.rotated', label: 'Key rotated' },
  { type: 'token.expired', label: 'Expired' },
  { type: 'token.access_denied', label: 'Request refused' },
];

/** The token's audit trail, newest first, filtered by event type and paged: one sentence per event, details on demand. */
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
  // Module names for the sentences; without them (a failed load) the ids are shown.
  const modules = useAsync<Module[]>((signal) => client.modules.list({ limit: 100 }, { signal }).toArray(), [client]);
  const moduleName = (id: string) => modules.data?.find((module) => module.id === id)?.name;

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
            {TOKEN_EVENT_TYPES.map((option) => (
              <option key={option.type} value={option.type}>
                {option.label}
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
              <th scope="col">What happened</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {items.map((event) => (
              <tr key={event.id}>
                <td data-label="When">
                  <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                </td>
                <td data-label="What happened">{auditSentence(event, moduleName)}</td>
                <td data-label="Details" className="audit__details">
                  <details>
                    <summary>
                      Details<span className="visually-hidden"> of the event at {formatDateTime(event.at)}</span>
                    </summary>
                    <dl className="audit__facts">
                      {auditDetails(event).map(([label, value]) => (
                        <div key={label}>
                          <dt>{label}</dt>
                          <dd>{value}</dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ListStatus state={events} count={items.length} loading="Loading the audit trail…" empty={type ? 'No events of this type.' : 'No events.'} />
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
