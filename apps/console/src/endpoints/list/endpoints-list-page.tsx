/**
 * The account's endpoints with their primary tokens (one per method, values masked): search, an authentication
 * filter, refresh and pagination; create (the primary token values are shown once) and delete (confirmed).
 */
import { rql, type Endpoint } from '@connect-tokens/sdk';
import { useState, type ReactNode } from 'react';
import { Link, navigate } from '../../router/hash-router';
import { useClient } from '../../session/session-context';
import { ActionsMenu } from '../../ui/actions-menu';
import { fetchPage } from '../../ui/fetch-page';
import { Field } from '../../ui/field';
import { formatDateTime } from '../../ui/format';
import { ListScreen } from '../../ui/list-screen';
import { PageHeader } from '../../ui/page-header';
import { useListQuery } from '../../ui/use-list-query';
import { useToast } from '../../ui/toast';
import { authenticationLabel } from '../shared/endpoint-labels';
import { OneTimeValues, type OneTimeValue } from '../shared/one-time-values';
import { useDeleteEndpoint } from '../shared/use-delete-endpoint';
import { freshPrimaryValues } from '../shared/primary-token-values';
import { CreateEndpointForm } from './create-endpoint-form';
import { focusPageTitle } from '../shared/focus-page-title';
import '../endpoints.css';
import { TwoLine } from '../../ui/two-line';

const FILTERS = ['authentication'] as const;

export function EndpointsListPage(): ReactNode {
  const client = useClient();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [fresh, setFresh] = useState<{ title: string; values: OneTimeValue[] } | undefined>();

  const endpoints = useListQuery<Endpoint, 'authentication'>({
    filterNames: FILTERS,
    defaultOrdering: '-events.created.at',
    deps: [client],
    load: ({ filters, search, limit, offset }, signal) =>
      fetchPage(
        client.endpoints.list(
          {
            ...(filters.authentication === 'token' || filters.authentication === 'none'
              ? { filter: rql.eq('authentication', filters.authentication) }
              : {}),
            ...(search ? { search } : {}),
            ordering: ['-events.created.at'],
            limit,
            offset,
          },
          { signal },
        ),
      ),
  });

  const remove = useDeleteEndpoint(() => {
    endpoints.state.reload();
    focusPageTitle();
  });

  return (
    <section className="page">
      <PageHeader
        title="Endpoints"
        subtitle="Small data inboxes that applications call with endpoint tokens."
        actions={
          <button
            type="button"
            className="btn btn--primary"
            aria-expanded={creating}
            onClick={() => setCreating((open) => !open)}
          >
            {creating ? 'Cancel' : 'Create endpoint'}
          </button>
        }
      />

      {creating ? (
        <CreateEndpointForm
          onCreated={(endpoint) => {
            setCreating(false);
            toast.success(`Endpoint ${endpoint.name} created`);
            const values = freshPrimaryValues(endpoint);
            setFresh(values.length > 0 ? { title: `Primary tokens of ${endpoint.name}`, values } : undefined);
            endpoints.state.reload();
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {fresh ? <OneTimeValues title={fresh.title} values={fresh.values} onDismiss={() => setFresh(undefined)} /> : null}

      <ListScreen
        query={endpoints}
        noun="endpoints"
        caption={`Endpoints${endpoints.filtered ? ' matching the filters' : ''}`}
        pagesLabel="Endpoint pages"
        searchHint="Name or id"
        filters={
          // Not just "Authentication": the create form above has a field of that name.
          <Field label="Filter by authentication">
            <select
              value={endpoints.request.filters.authentication}
              onChange={(event) => endpoints.setFilter('authentication', event.target.value)}
            >
              <option value="">Any</option>
              <option value="token">Endpoint token</option>
              <option value="none">Open (no token)</option>
            </select>
          </Field>
        }
        head={
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Authentication</th>
            <th scope="col">Primary tokens</th>
            <th scope="col">Created</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        }
        rows={endpoints.items.map((endpoint) => (
          <tr key={endpoint.id}>
            <td data-label="Name">
              <TwoLine sub={endpoint.id}>
                <Link to={`/endpoints/${endpoint.id}`}>{endpoint.name}</Link>
              </TwoLine>
            </td>
            <td data-label="Authentication">{authenticationLabel(endpoint)}</td>
            <td data-label="Primary tokens">
              {endpoint.primary_tokens.length === 0 ? (
                <span className="muted">None</span>
              ) : (
                <ul className="endpoints-primaries">
                  {endpoint.primary_tokens.map((token) => (
                    <li key={token.id}>
                      <span className="endpoints-method">{token.method}</span>{' '}
                      <span className="mono">{token.value}</span>
                      <span className="visually-hidden"> ({token.id})</span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td data-label="Created">{formatDateTime(endpoint.events.created.at)}</td>
            <td data-label="Actions" className="table__actions">
              <ActionsMenu
                label={`Actions for ${endpoint.name}`}
                items={[
                  { label: 'Open', onSelect: () => navigate(`/endpoints/${endpoint.id}`) },
                  { label: 'Secondary tokens', onSelect: () => navigate(`/endpoints/${endpoint.id}?tab=mappings`) },
                  { label: 'Data', onSelect: () => navigate(`/endpoints/${endpoint.id}?tab=data`) },
                  { label: 'Delete', onSelect: () => void remove(endpoint), tone: 'danger' },
                ]}
              />
            </td>
          </tr>
        ))}
        empty="No endpoints yet. Create one to receive data."
      />
    </section>
  );
}
