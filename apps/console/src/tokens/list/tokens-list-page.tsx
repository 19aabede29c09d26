/**
 * The tokens list: search, status and extension filters, sortable columns, a column chooser, refresh, CSV export of
 * the filtered list and pagination, with a menu of lifecycle actions per row and bulk actions on the selected rows.
 * Filters, ordering and paging live in the URL, so a view can be bookmarked and shared (it never contains anything
 * secret). Deleted tokens are never shown.
 */
import { rql, type Extension, type Token } from '@connect-tokens/sdk';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, navigate } from '../../router/hash-router';
import { useClient } from '../../session/session-context';
import { ActionsMenu } from '../../ui/actions-menu';
import { ErrorMessage } from '../../ui/error-message';
import { fetchPage } from '../../ui/fetch-page';
import { Field } from '../../ui/field';
import { formatDateTime, plural } from '../../ui/format';
import { ListScreen } from '../../ui/list-screen';
import { PageHeader } from '../../ui/page-header';
import { formatRelative } from '../../ui/relative-time';
import { SortableHeader } from '../../ui/sortable-header';
import { StatusBadge } from '../../ui/status-badge';
import { useToast } from '../../ui/toast';
import { TwoLine } from '../../ui/two-line';
import { useAsync } from '../../ui/use-async';
import { useListQuery, type ListRequest } from '../../ui/use-list-query';
import { canActivate, canDeactivate, createdByLabel, LISTED_STATUSES } from '../shared/token-summary';
import { useTokenActions, type BulkAction } from '../shared/use-token-actions';
import { ColumnChooser } from './column-chooser';
import { downloadCsv, tokensCsv } from './export-tokens-csv';
import { ModulesCell } from './modules-cell';
import { loadColumns, saveColumns, TOKEN_COLUMNS, TOKEN_ORDERINGS, type TokenColumn } from './token-columns';

const FILTERS = ['status', 'extension'] as const;
const DEFAULT_ORDERING = '-events.created.at';
/** The most rows an export fetches (a few requests of 100); the screen says when the list is longer. */
const EXPORT_MAX = 5_000;

/** The SDK query for a list request; an ordering the API does not offer (a hand-edited URL) falls back to newest first. */
function tokenQuery(client: ReturnType<typeof useClient>, request: ListRequest<(typeof FILTERS)[number]>) {
  let query = client.tokens.query().filter(rql.ne('status', 'deleted'));
  const { status, extension } = request.filters;
  if (status) query = query.filter(rql.eq('status', status));
  if (extension) query = query.filter(rql.eq('extension.id', extension));
  if (request.search) query = query.search(request.search);
  const ordering = TOKEN_ORDERINGS.has(request.ordering.replace(/^-/, '')) ? request.ordering : DEFAULT_ORDERING;
  return query.ordering(ordering as Parameters<typeof query.ordering>[0]);
}

function ExpiresCell({ token }: { token: Token }): ReactNode {
  if (!token.expiration_date) return <span className="muted">Never</span>;
  return (
    <TwoLine sub={formatRelative(token.expiration_date)}>
      <time dateTime={token.expiration_date}>{formatDateTime(token.expiration_date)}</time>
    </TwoLine>
  );
}

export function TokensListPage(): ReactNode {
  const client = useClient();
  const toast = useToast();
  const [columns, setColumns] = useState(loadColumns);
  const [selected, setSelected] = useState<ReadonlyMap<string, Token>>(new Map());
  const [exporting, setExporting] = useState(false);

  const extensions = useAsync<Extension[]>(
    (signal) => client.extensions.list({ limit: 100 }, { signal }).toArray(),
    [client],
  );
  const list = useListQuery<Token, (typeof FILTERS)[number]>({
    filterNames: FILTERS,
    defaultOrdering: DEFAULT_ORDERING,
    deps: [client],
    load: (request, signal) =>
      fetchPage(client.tokens.list(tokenQuery(client, request).page(request.limit, request.offset), { signal })),
  });
  const { request } = list;

  // A selection is of the rows in view: a new page, filter or order starts a new one.
  useEffect(() => setSelected(new Map()), [list.state.data]);

  const actions = useTokenActions(() => list.state.reload());
  const show = (column: TokenColumn) => columns.has(column);
  const visibleTokens = list.items.filter((token) => token.status !== 'deleted');
  const allSelected = visibleTokens.length > 0 && visibleTokens.every((token) => selected.has(token.id));

  const toggle = (token: Token, on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(token.id, token);
      else next.delete(token.id);
      return next;
    });

  const runBulk = async (action: BulkAction) => {
    const changed = await actions.bulk(action, [...selected.values()]);
    if (changed > 0) setSelected(new Map());
  };

  const exportCsv = async () => {
    setExporting(true);
    try {
      const tokens = await client.tokens.list(tokenQuery(client, request)).toArray({ max: EXPORT_MAX });
      downloadCsv('api-tokens.csv', tokensCsv(tokens));
      const total = list.state.data?.total;
      toast.success(
        total !== undefined && total > tokens.length
          ? `Exported the first ${plural(tokens.length, 'token')} of ${total}`
          : `Exported ${plural(tokens.length, 'token')}`,
      );
    } catch (error) {
      toast.error(error, 'Could not export the tokens');
    } finally {
      setExporting(false);
    }
  };

  const rowActions = (token: Token) => [
    { label: 'Edit', onSelect: () => navigate(`/tokens/${token.id}/edit`) },
    canActivate(token)
      ? { label: 'Enable', onSelect: () => void actions.enable(token) }
      : { label: 'Disable', onSelect: () => void actions.disable(token), disabled: !canDeactivate(token) },
    // The same order as the details page's header.
    { label: 'Renew', onSelect: () => actions.renew(token) },
    { label: 'Rotate key', onSelect: () => actions.rotate(token) },
    { label: 'Delete', onSelect: () => void actions.remove(token), tone: 'danger' as const },
  ];

  // Above the table rather than in its head, so that it stays visible on phones, where rows become cards.
  const bulkBar =
    visibleTokens.length > 0 ? (
      <section className="bulk-bar card" aria-label="Selected tokens">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={allSelected}
            onChange={(event) =>
              setSelected(event.target.checked ? new Map(visibleTokens.map((token) => [token.id, token])) : new Map())
            }
          />
          Select all tokens on this page
        </label>
        {selected.size > 0 ? (
          <>
            <p className="bulk-bar__count" aria-live="polite">
              {plural(selected.size, 'token')} selected
            </p>
            <div className="toolbar__actions">
              <button type="button" className="btn" onClick={() => void runBulk('enable')}>
                Enable selected
              </button>
              <button type="button" className="btn" onClick={() => void runBulk('disable')}>
                Disable selected
              </button>
              <button type="button" className="btn btn--danger" onClick={() => void runBulk('delete')}>
                Delete selected
              </button>
              <button type="button" className="btn" onClick={() => setSelected(new Map())}>
                Clear selection
              </button>
            </div>
          </>
        ) : null}
      </section>
    ) : null;

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

      <ErrorMessage error={extensions.error} context="Could not load the extensions" />
      <ListScreen
        query={list}
        noun="tokens"
        caption={`API tokens${list.filtered ? ' matching the filters' : ''}`}
        pagesLabel="Token pages"
        searchLabel="Search name or id"
        filters={
          <>
            <Field label="Status">
              <select value={request.filters.status} onChange={(event) => list.setFilter('status', event.target.value)}>
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
                value={request.filters.extension}
                onChange={(event) => list.setFilter('extension', event.target.value)}
              >
                <option value="">All extensions</option>
                {(extensions.data ?? []).map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                  </option>
                ))}
              </select>
            </Field>
          </>
        }
        actions={
          <>
            <ColumnChooser
              columns={columns}
              onChange={(next) => {
                setColumns(next);
                saveColumns(next);
              }}
            />
            <button type="button" className="btn" onClick={() => void exportCsv()} disabled={exporting}>
              {exporting ? 'Exporting…' : 'Export CSV'}
            </button>
          </>
        }
        above={bulkBar}
        head={
          <tr>
            <th scope="col" className="table__select">
              <span className="visually-hidden">Select</span>
            </th>
            <SortableHeader label="Name" field="name" ordering={request.ordering} onSort={list.setOrdering} />
            {TOKEN_COLUMNS.filter((column) => show(column.id)).map((column) =>
              column.orderBy ? (
                <SortableHeader
                  key={column.id}
                  label={column.label}
                  field={column.orderBy}
                  ordering={request.ordering}
                  onSort={list.setOrdering}
                />
              ) : (
                <th key={column.id} scope="col">
                  {column.label}
                </th>
              ),
            )}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        }
        rows={visibleTokens.map((token) => (
          <tr key={token.id}>
            <td data-label="Select" className="table__select">
              <input
                type="checkbox"
                aria-label={`Select ${token.name}`}
                checked={selected.has(token.id)}
                onChange={(event) => toggle(token, event.target.checked)}
              />
            </td>
            <td data-label="Name">
              <TwoLine sub={token.id}>
                <Link to={`/tokens/${token.id}`}>{token.name}</Link>
              </TwoLine>
            </td>
            {show('extension') ? <td data-label="Extension">{token.extension.name}</td> : null}
            {show('modules') ? (
              <td data-label="Modules">
                <ModulesCell token={token} />
              </td>
            ) : null}
            {show('createdBy') ? <td data-label="Created by">{createdByLabel(token)}</td> : null}
            {show('created') ? <td data-label="Date created">{formatDateTime(token.events.created.at)}</td> : null}
            {show('lastAccess') ? (
              <td data-label="Last access">{token.last_access ? formatDateTime(token.last_access.at) : 'Never'}</td>
            ) : null}
            {show('expires') ? (
              <td data-label="Expires">
                <ExpiresCell token={token} />
              </td>
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
        empty={
          <>
            No tokens yet. <Link to="/tokens/new">Create the first one</Link>
          </>
        }
      />
      {actions.dialog}
    </section>
  );
}
