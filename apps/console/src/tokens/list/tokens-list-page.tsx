/**
 * The tokens list: search, status and extension filters, a column chooser, refresh and pagination, with a menu of
 * lifecycle actions per row. Filters and paging live in the URL, so a filtered view can be bookmarked and shared
 * (it never contains anything secret). Deleted tokens are never shown.
 */
import { rql, type Extension, type Token } from '@connect-tokens/sdk';
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
import { StatusBadge } from '../../ui/status-badge';
import { useAsync } from '../../ui/use-async';
import { useUrlPaging, useUrlSearch } from '../../ui/use-url-paging';
import { ListStatus } from '../../ui/list-status';
import { canActivate, canDeactivate, createdByLabel, LISTED_STATUSES, modulesLabel } from '../shared/token-summary';
import { useTokenActions } from '../shared/use-token-actions';
import { ColumnChooser } from './column-chooser';
import { loadColumns, saveColumns, TOKEN_COLUMNS, type TokenColumn } from './token-columns';
import { TwoLine } from '../../ui/two-line';

const DEFAULT_LIMIT = 25;

export function TokensListPage(): ReactNode {
  const client = useClient();
  const [status, setStatus] = useQueryParam('status');
  const [extension, setExtension] = useQueryParam('extension');
  const paging = useUrlPaging(DEFAULT_LIMIT);
  const { offset, limit } = paging;
  const [search, searchDraft, setSearchDraft] = useUrlSearch(paging.firstPage);
  const [columns, setColumns] = useState(loadColumns);


  const extensions = useAsync<Extension[]>((signal) => client.extensions.list({ limit: 100 }, { signal }).toArray(), [client]);

  const tokens = useAsync(
    (signal) => {
      let query = client.tokens.query().filter(rql.ne('status', 'deleted'));
      if (status) query = query.filter(rql.eq('status', status));
      if (extension) query = query.filter(rql.eq('extension.id', extension));
      if (search) query = query.search(search);
      return fetchPage(client.tokens.list(query.ordering('-events.created.at').page(limit, offset), { signal }));
    },
    [client, status, extension, search, limit, offset],
  );

  const actions = useTokenActions(() => tokens.reload());
  const show = (column: TokenColumn) => columns.has(column);
  const visibleTokens = (tokens.data?.items ?? []).filter((token) => token.status !== 'deleted');
  const filtered = Boolean(search || status || extension);

  const rowActions = (token: Token) => [
    { label: 'Edit', onSelect: () => navigate(`/tokens/${token.id}/edit`) },
    canActivate(token)
      ? { label: 'Enable', onSelect: () => void actions.enable(token) }
      : { label: 'Disable', onSelect: () => void actions.disable(token), disabled: !canDeactivate(token) },
    { label: 'Rotate key', onSelect: () => actions.rotate(token) },
    { label: 'Renew', onSelect: () => actions.renew(token) },
    { label: 'Delete', onSelect: () => void actions.remove(token), tone: 'danger' as const },
  ];

  return (
    <section className="page">
      <PageHeader
        title="API tokens"
        subtitle="Keys that integrations, extensions and scripts use to call the platform."
        actions={
          <Link to="/tokens/new" className="btn btn--primary">
            Create token
          </Link>
        }
      />

      <form className="toolbar card" role="search" aria-label="Filter tokens" onSubmit={(event) => event.preventDefault()}>
        <Field label="Search name or id">
          <input type="search" value={searchDraft} onChange={(event) => setSearchDraft(event.target.value)} />
        </Field>
        <Field label="Status">
          <select
            value={status}
            onChange={(event) => {
              setStatus(event.target.value);
              paging.firstPage();
            }}
          >
            <option value="">All statuses</option>
            {LISTED_STATUSES.map((value) => (
              <option key={value} value={value}>
                {value[0]?.toUpperCase()}
                {value.slice(1)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Extension">
          <select
            value={extension}
            onChange={(event) => {
              setExtension(event.target.value);
              paging.firstPage();
            }}
          >
            <option value="">All extensions</option>
            {(extensions.data ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="toolbar__actions">
          <ColumnChooser
            columns={columns}
            onChange={(next) => {
              setColumns(next);
              saveColumns(next);
            }}
          />
          <button type="button" className="btn" onClick={tokens.reload} disabled={tokens.loading}>
            {tokens.loading ? 'Refreshing…' : 'Refresh'}
          </button>
        </div>
      </form>

      <ErrorMessage error={tokens.error} context="Could not load the tokens" onRetry={tokens.reload} />
      <ErrorMessage error={extensions.error} context="Could not load the extensions" />

      <div className="table-wrap" aria-busy={tokens.loading}>
        <table className="table table--stack">
          <caption className="visually-hidden">API tokens{filtered ? ' matching the filters' : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              {TOKEN_COLUMNS.filter((column) => show(column.id)).map((column) => (
                <th key={column.id} scope="col">
                  {column.label}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visibleTokens.map((token) => (
              <tr key={token.id}>
                <td data-label="Name">
                  <TwoLine sub={token.id}><Link to={`/tokens/${token.id}`}>{token.name}</Link></TwoLine>
                </td>
                {show('extension') ? <td data-label="Extension">{token.extension.name}</td> : null}
                {show('modules') ? <td data-label="Modules">{modulesLabel(token)}</td> : null}
                {show('createdBy') ? <td data-label="Created by">{createdByLabel(token)}</td> : null}
                {show('created') ? <td data-label="Date created">{formatDateTime(token.events.created.at)}</td> : null}
                {show('lastAccess') ? (
                  <td data-label="Last access">{token.last_access ? formatDateTime(token.last_access.at) : 'Never'}</td>
                ) : null}
                {show('status') ? (
                  <td data-label="Status">
                    <StatusBadge status={token.status} />
                  </td>
                ) : null}
                <td data-label="Actions" className="table__actions">
                  <ActionsMenu label={`Actions for ${token.name}`} items={rowActions(token)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ListStatus
          state={tokens}
          count={visibleTokens.length}
          loading="Loading tokens…"
          empty={filtered ? 'No tokens match these filters.' : <>No tokens yet. <Link to="/tokens/new">Create the first one</Link></>}
        />
      </div>

      <Pagination
        label="Token pages"
        offset={offset}
        limit={limit}
        total={tokens.data?.total}
        count={visibleTokens.length}
        onChange={paging.setOffset}
        onLimitChange={paging.setLimit}
      />
      {actions.dialog}
    </section>
  );
}
