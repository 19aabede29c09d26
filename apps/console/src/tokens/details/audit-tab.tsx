import { rql, type AuditEvent, type Module, type Token } from '@connect-tokens/sdk';
import type { ReactNode } from 'react';
import { useClient } from '../../session/session-context';
import { fetchPage } from '../../ui/fetch-page';
import { Field } from '../../ui/field';
import { formatDateTime } from '../../ui/format';
import { ListScreen } from '../../ui/list-screen';
import { useAsync } from '../../ui/use-async';
import { useListQuery } from '../../ui/use-list-query';
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

const FILTERS = ['type'] as const;

/**
 * The token's audit trail, newest first, filtered by event type and paged (both kept in the URL like every list):
 * one sentence per event, details on demand.
 */
export function AuditTab({ token }: { token: Token }): ReactNode {
  const client = useClient();
  const events = useListQuery<AuditEvent, 'type'>({
    filterNames: FILTERS,
    defaultLimit: 10,
    defaultOrdering: '-at',
    deps: [client, token.id],
    load: ({ filters, limit, offset }, signal) =>
      fetchPage(
        client.tokens.audit(
          token.id,
          { filter: filters.type ? rql.eq('type', filters.type) : undefined, ordering: ['-at'], limit, offset },
          { signal },
        ),
      ),
  });
  // Module names for the sentences; without them (a failed load) the ids are shown.
  const modules = useAsync<Module[]>((signal) => client.modules.list({ limit: 100 }, { signal }).toArray(), [client]);
  const moduleName = (id: string) => modules.data?.find((module) => module.id === id)?.name;

  return (
    <div className="audit">
      <ListScreen
        query={events}
        noun="audit trail"
        caption={`Audit trail of ${token.name}`}
        pagesLabel="Audit trail pages"
        searchable={false}
        filters={
          <Field label="Event type">
            <select
              value={events.request.filters.type}
              onChange={(event) => events.setFilter('type', event.target.value)}
            >
              <option value="">All events</option>
              {TOKEN_EVENT_TYPES.map((option) => (
                <option key={option.type} value={option.type}>
                  {option.label}
                </option>
              ))}
            </select>
          </Field>
        }
        head={
          <tr>
            <th scope="col">When</th>
            <th scope="col">What happened</th>
            <th scope="col">Details</th>
          </tr>
        }
        rows={events.items.map((event) => (
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
        empty="No events."
        emptyFiltered="No events of this type."
      />
    </div>
  );
}
