/**
 * The secondary endpoint tokens of the account: the tokens applications present to endpoints they are assigned to.
 * Active tokens by default (as the API lists them), with a status filter for inactive ones; create (the value is
 * shown once), enable/disable, regenerate and delete, each destructive step confirmed and its outcome reported.
 */
import { rql, type EndpointToken } from '@connect-tokens/sdk';
import { useState, type ReactNode } from 'react';
import { useToast } from '../../ui/toast';
import { useClient } from '../../session/session-context';
import { ActionsMenu } from '../../ui/actions-menu';
import { ErrorMessage } from '../../ui/error-message';
import { fetchPage } from '../../ui/fetch-page';
import { Field } from '../../ui/field';
import { formatDateTime } from '../../ui/format';
import { ListScreen } from '../../ui/list-screen';
import { PageHeader } from '../../ui/page-header';
import { useListQuery } from '../../ui/use-list-query';
import { StatusBadge } from '../../ui/status-badge';
import { useAsync } from '../../ui/use-async';
import { OneTimeValues, type OneTimeValue } from '../shared/one-time-values';
import { AssignmentsCell } from './assignments-cell';
import { EndpointTokenForm } from './endpoint-token-form';
import { loadTokenAssignments } from './token-assignments';
import { useEndpointTokenActions } from './use-endpoint-token-actions';
import '../endpoints.css';
import { TwoLine } from '../../ui/two-line';

const FILTERS = ['status'] as const;

/** The status filter: what the API lists by default, the other status, or both. */
export const STATUS_FILTERS = [
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
  { value: 'all', label: 'All statuses' },
] as const;

function statusFilter(status: string) {
  if (status === 'inactive') return rql.eq('status', 'inactive');
  if (status === 'all') return rql.in('status', ['active', 'inactive']);
  return rql.eq('status', 'active');
}

export function EndpointTokensPage(): ReactNode {
  const client = useClient();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<EndpointToken | undefined>();
  const [fresh, setFresh] = useState<{ title: string; values: OneTimeValue[] } | undefined>();

  const tokens = useListQuery<EndpointToken, 'status'>({
    filterNames: FILTERS,
    filterDefaults: { status: 'active' },
    defaultOrdering: '-events.created.at',
    deps: [client],
    load: ({ filters, search, limit, offset }, signal) =>
      fetchPage(
        client.endpointTokens.list(
          {
            filter: statusFilter(filters.status),
            ...(search ? { search } : {}),
            ordering: ['-events.created.at'],
            limit,
            offset,
          },
          { signal },
        ),
      ),
  });
  const { status } = tokens.request.filters;
  const { search } = tokens.request;

  const actions = useEndpointTokenActions({
    onChanged: () => tokens.state.reload(),
    onNewValue: (token) =>
      setFresh({ title: `New value for ${token.name}`, values: [{ label: token.name, value: token.value }] }),
  });

  const { items } = tokens;
  // Loaded after the page of tokens (and again after every reload of it), so the list shows without waiting.
  const assignments = useAsync(
    (signal) => loadTokenAssignments(client, tokens.state.data?.items.map((token) => token.id) ?? [], signal),
    [client, tokens.state.data],
  );
  // Only a result for the rows shown (right after the rows change, the previous one is still there).
  const assigned = assignments.data?.forTokens === items.map((token) => token.id).join() ? assignments.data : undefined;
  const partial = assigned && assigned.endpointsSearched < assigned.endpointsTotal ? assigned : undefined;

  const rowActions = (token: EndpointToken) => [
    {
      label: 'Edit',
      onSelect: () => {
        setCreating(false);
        setEditing(token);
      },
    },
    token.status === 'active'
      ? { label: 'Disable', onSelect: () => void actions.disable(token), tone: 'danger' as const }
      : { label: 'Enable', onSelect: () => void actions.enable(token) },
    { label: 'Regenerate value', onSelect: () => void actions.regenerate(token), tone: 'danger' as const },
    { label: 'Delete', onSelect: () => void actions.remove(token), tone: 'danger' as const },
  ];

  return (
    <section className="page">
      <PageHeader
        title="Endpoint tokens"
        subtitle="Secondary tokens: give one to each application, then assign it to the endpoints and methods it may call."
        actions={
          <button
            type="button"
            className="btn btn--primary"
            aria-expanded={creating}
            onClick={() => {
              setEditing(undefined);
              setCreating((open) => !open);
            }}
          >
            {creating ? 'Cancel' : 'Create endpoint token'}
          </button>
        }
      />

      {creating ? (
        <EndpointTokenForm
          onSaved={(token) => {
            setCreating(false);
            setFresh({
              title: `Endpoint token ${token.name} created`,
              values: [{ label: token.name, value: token.value }],
            });
            tokens.state.reload();
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {editing ? (
        <EndpointTokenForm
          key={editing.id}
          token={editing}
          onSaved={(token) => {
            setEditing(undefined);
            toast.success(`Endpoint token ${token.name} saved`);
            tokens.state.reload();
          }}
          onCancel={() => setEditing(undefined)}
        />
      ) : null}
      {fresh ? <OneTimeValues title={fresh.title} values={fresh.values} onDismiss={() => setFresh(undefined)} /> : null}

      <ListScreen
        query={tokens}
        noun="endpoint tokens"
        caption={`${STATUS_FILTERS.find((option) => option.value === status)?.label ?? 'Active'} endpoint tokens${search ? ' matching the search' : ''}`}
        pagesLabel="Endpoint token pages"
        searchHint="Name or id"
        filters={
          <Field label="Status">
            <select value={status} onChange={(event) => tokens.setFilter('status', event.target.value)}>
              {STATUS_FILTERS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </Field>
        }
        above={
          <>
            <ErrorMessage
              error={assignments.error}
              context="Could not load where the tokens are assigned"
              onRetry={assignments.reload}
            />
            {partial ? (
              <p className="notice notice--info">
                “Assigned to” covers the first {partial.endpointsSearched} of {partial.endpointsTotal} endpoints that
                use tokens; open an endpoint’s Secondary tokens tab for the others.
              </p>
            ) : null}
          </>
        }
        head={
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Description</th>
            <th scope="col">Assigned to</th>
            <th scope="col">Value</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        }
        rows={items.map((token) => (
          <tr key={token.id}>
            <td data-label="Name">
              <TwoLine sub={token.id}>{token.name}</TwoLine>
            </td>
            <td data-label="Description">{token.description ?? <span className="muted">—</span>}</td>
            <td data-label="Assigned to" aria-busy={assignments.loading || !assigned}>
              {assigned ? (
                <AssignmentsCell assignments={assigned.byToken.get(token.id)} />
              ) : assignments.error ? (
                <span className="muted">Not available</span>
              ) : (
                <span className="muted">Loading…</span>
              )}
            </td>
            <td data-label="Value" className="mono">
              {token.value}
            </td>
            <td data-label="Status">
              <StatusBadge status={token.status} />
            </td>
            <td data-label="Created">{formatDateTime(token.events.created.at)}</td>
            <td data-label="Actions" className="table__actions">
              <ActionsMenu label={`Actions for ${token.name}`} items={rowActions(token)} />
            </td>
          </tr>
        ))}
        empty="No active endpoint tokens yet."
      />
    </section>
  );
}
