/**
 * The account's endpoints with their primary tokens (one per method, values masked): search, an authentication
 * filter, refresh and pagination; create (the primary token values are shown once) and delete (confirmed).
 */
import { rql } from '@connect-tokens/sdk';
import { useState, type ReactNode } from 'react';
import { Link, navigate, useQueryParam } from '../../router/hash-router';
import { useClient } from '../../session/session-context';
import { ActionsMenu } from '../../ui/actions-menu';
import { ErrorMessage } from '../../ui/error-message';
import { fetchPage } from '../../ui/fetch-page';
import { Field } from '../../ui/field';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { Pagination } from '../../ui/pagination';
import { useToast } from '../../ui/toast';
import { useAsync } from '../../ui/use-async';
import { useUrlPaging, useUrlSearch } from '../../ui/use-url-paging';
import { ListStatus } from '../../ui/list-status';
import { authenticationLabel } from '../shared/endpoint-labels';
import { OneTimeValues, type OneTimeValue } from '../shared/one-time-values';
import { useDeleteEndpoint } from '../shared/use-delete-endpoint';
import { freshPrimaryValues } from '../shared/primary-token-values';
import { CreateEndpointForm } from './create-endpoint-form';
import { focusPageTitle } from '../shared/focus-page-title';
import '../endpoints.css';
import { TwoLine } from '../../ui/two-line';

const DEFAULT_LIMIT = 25;

export function EndpointsListPage(): ReactNode {
  const client = useClient();
  const toast = useToast();
  const [authentication, setAuthentication] = useQueryParam('authentication');
  const paging = useUrlPaging(DEFAULT_LIMIT);
  const { offset, limit } = paging;
  const [search, searchDraft, setSearchDraft] = useUrlSearch(paging.firstPage);
  const [creating, setCreating] = useState(false);
  const [fresh, setFresh] = useState<{ title: string; values: OneTimeValue[] } | undefined>();


  const endpoints = useAsync(
    (signal) =>
      fetchPage(
        client.endpoints.list(
          {
            ...(authentication === 'token' || authentication === 'none' ? { filter: rql.eq('authentication', authentication) } : {}),
            ...(search ? { search } : {}),
            ordering: ['-events.created.at'],
            limit,
            offset,
          },
          { signal },
        ),
      ),
    [client, authentication, search, limit, offset],
  );

  const remove = useDeleteEndpoint(() => {
    endpoints.reload();
    focusPageTitle();
  });

  const items = endpoints.data?.items ?? [];
  const filtered = Boolean(search || authentication);

  return (
    <section className="page">
      <PageHeader
        title="Endpoints"
        subtitle="Small data inboxes that applications call with endpoint tokens."
        actions={
          <button type="button" className="btn btn--primary" aria-expanded={creating} onClick={() => setCreating((open) => !open)}>
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
            endpoints.reload();
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {fresh ? <OneTimeValues title={fresh.title} values={fresh.values} onDismiss={() => setFresh(undefined)} /> : null}

      <form className="toolbar card" role="search" aria-label="Filter endpoints" onSubmit={(event) => event.preventDefault()}>
        <Field label="Search" hint="Name or id">
          <input type="search" value={searchDraft} onChange={(event) => setSearchDraft(event.target.value)} />
        </Field>
        <Field label="Authentication">
          <select
            value={authentication}
            onChange={(event) => {
              setAuthentication(event.target.value);
              paging.firstPage();
            }}
          >
            <option value="">Any</option>
            <option value="token">Endpoint token</option>
            <option value="none">Open (no token)</option>
          </select>
        </Field>
        <div className="toolbar__actions">
          <button type="button" className="btn" onClick={endpoints.reload} disabled={endpoints.loading}>
            {endpoints.loading ? 'Refreshing…' : 'Refresh'}
          </button>
        </div>
      </form>

      <ErrorMessage error={endpoints.error} context="Could not load the endpoints" onRetry={endpoints.reload} />

      <div className="table-wrap" aria-busy={endpoints.loading}>
        <table className="table table--stack">
          <caption className="visually-hidden">Endpoints{filtered ? ' matching the filters' : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Authentication</th>
              <th scope="col">Primary tokens</th>
              <th scope="col">Created</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((endpoint) => (
              <tr key={endpoint.id}>
                <td data-label="Name">
                  <TwoLine sub={endpoint.id}><Link to={`/endpoints/${endpoint.id}`}>{endpoint.name}</Link></TwoLine>
                </td>
                <td data-label="Authentication">{authenticationLabel(endpoint)}</td>
                <td data-label="Primary tokens">
                  {endpoint.primary_tokens.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    <ul className="endpoints-primaries">
                      {endpoint.primary_tokens.map((token) => (
                        <li key={token.id}>
                          <span className="endpoints-method">{token.method}</span> <span className="mono">{token.value}</span>
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
          </tbody>
        </table>
        <ListStatus
          state={endpoints}
          count={items.length}
          loading="Loading endpoints…"
          empty={filtered ? 'No endpoints match these filters.' : 'No endpoints yet. Create one to receive data.'}
        />
      </div>

      <Pagination
        label="Endpoint pages"
        offset={offset}
        limit={limit}
        total={endpoints.data?.total}
        count={items.length}
        onChange={paging.setOffset}
        onLimitChange={paging.setLimit}
      />
    </section>
  );
}
