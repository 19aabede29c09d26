/**
 * The data viewer: every call of the endpoint's data path, accepted or rejected, newest first, filtered by the token
 * that made it (a primary token, an assigned secondary token, or none), by method and by outcome. The filters are
 * ids, never values, so they live in the URL.
 */
import { rql, type Endpoint, type EndpointRecord, type RqlNode } from '@connect-tokens/sdk';
import type { ReactNode } from 'react';
import { useClient } from '../../session/session-context';
import { ErrorMessage } from '../../ui/error-message';
import { fetchPage } from '../../ui/fetch-page';
import { Field } from '../../ui/field';
import { ListScreen } from '../../ui/list-screen';
import { useAsync } from '../../ui/use-async';
import { useListQuery } from '../../ui/use-list-query';
import { ENDPOINT_METHODS } from '../shared/endpoint-labels';
import { TwoLine } from '../../ui/two-line';

/** Calls come in bursts, so the viewer shows seconds. */
const CALL_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
/** The token filter's value for calls made without a (valid) token. */
export const NO_TOKEN = 'none';

type RecordField = 'token.id' | 'method' | 'status';

function filterOf(token: string, method: string, outcome: string): RqlNode<RecordField> | undefined {
  const parts: RqlNode<RecordField>[] = [];
  if (token === NO_TOKEN) parts.push(rql.null('token.id'));
  else if (token) parts.push(rql.eq('token.id', token));
  if (method) parts.push(rql.eq('method', method));
  if (outcome === 'accepted') parts.push(rql.lt('status', 400));
  if (outcome === 'rejected') parts.push(rql.ge('status', 400));
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : rql.and(parts[0]!, ...parts.slice(1));
}

function bodyPreview(record: EndpointRecord): ReactNode {
  if (record.body === null || record.body === undefined) return <span className="muted">—</span>;
  const text = JSON.stringify(record.body, null, 2);
  const short = JSON.stringify(record.body);
  if (short.length <= 80) return <code className="mono endpoints-body-inline">{short}</code>;
  return (
    <details className="endpoints-body">
      <summary>
        <code className="mono">{short.slice(0, 60)}…</code>
        <span className="visually-hidden"> (show the whole document)</span>
      </summary>
      <pre className="mono">{text}</pre>
    </details>
  );
}

const FILTERS = ['token', 'method', 'outcome'] as const;

export function RecordsTab({ endpoint }: { endpoint: Endpoint }): ReactNode {
  const client = useClient();

  // The token filter offers what can appear in the records: the primary tokens and the secondary tokens assigned.
  const mapped = useAsync(
    (signal) => client.endpoints.mappings(endpoint.id, { limit: 100 }, { signal }).toArray({ max: 1000 }),
    [client, endpoint.id],
  );
  const secondary = [
    ...new Map((mapped.data ?? []).map((m) => [m.endpoint_token.id, m.endpoint_token.name])).entries(),
  ].sort((a, b) => a[1].localeCompare(b[1]));

  const records = useListQuery<EndpointRecord, (typeof FILTERS)[number]>({
    filterNames: FILTERS,
    defaultOrdering: '-at',
    deps: [client, endpoint.id],
    load: ({ filters, limit, offset }, signal) => {
      const filter = filterOf(filters.token, filters.method, filters.outcome);
      return fetchPage(
        client.endpoints.records(
          endpoint.id,
          { ...(filter ? { filter } : {}), ordering: ['-at'], limit, offset },
          { signal },
        ),
      );
    },
  });
  const { token, method, outcome } = records.request.filters;
  const knownToken =
    !token ||
    token === NO_TOKEN ||
    endpoint.primary_tokens.some((t) => t.id === token) ||
    secondary.some(([id]) => id === token);

  return (
    <div className="page">
      <ListScreen
        query={records}
        noun="records"
        caption={`Calls of ${endpoint.name}'s data path`}
        pagesLabel="Record pages"
        searchable={false}
        filters={
          <>
            <Field label="Token">
              <select value={token} onChange={(event) => records.setFilter('token', event.target.value)}>
                <option value="">All tokens</option>
                {endpoint.primary_tokens.length > 0 ? (
                  <optgroup label="Primary tokens">
                    {endpoint.primary_tokens.map((item) => (
                      <option key={item.id} value={item.id}>
                        {item.method} primary token ({item.id})
                      </option>
                    ))}
                  </optgroup>
                ) : null}
                {secondary.length > 0 ? (
                  <optgroup label="Secondary tokens">
                    {secondary.map(([id, name]) => (
                      <option key={id} value={id}>
                        {name} ({id})
                      </option>
                    ))}
                  </optgroup>
                ) : null}
                {!knownToken ? <option value={token}>{token}</option> : null}
                <option value={NO_TOKEN}>No token</option>
              </select>
            </Field>
            <Field label="Method">
              <select value={method} onChange={(event) => records.setFilter('method', event.target.value)}>
                <option value="">All methods</option>
                {ENDPOINT_METHODS.map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Outcome">
              <select value={outcome} onChange={(event) => records.setFilter('outcome', event.target.value)}>
                <option value="">All calls</option>
                <option value="accepted">Accepted</option>
                <option value="rejected">Rejected</option>
              </select>
            </Field>
          </>
        }
        above={<ErrorMessage error={mapped.error} context="Could not load the assigned tokens" />}
        head={
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Method</th>
            <th scope="col">Token</th>
            <th scope="col">Result</th>
            <th scope="col">Caller IP</th>
            <th scope="col">Document</th>
          </tr>
        }
        rows={records.items.map((record) => (
          <tr key={record.id}>
            <td data-label="Time">
              <TwoLine sub={record.id}>
                <time dateTime={record.at}>{CALL_TIME.format(new Date(record.at))}</time>
              </TwoLine>
            </td>
            <td data-label="Method">
              <span className="endpoints-method">{record.method}</span>
            </td>
            <td data-label="Token">
              {record.token ? (
                <TwoLine sub={`${record.token.id} · ${record.token.kind}`}>{record.token.name}</TwoLine>
              ) : (
                <span className="muted">No token</span>
              )}
            </td>
            <td data-label="Result">
              <span className={record.status < 400 ? 'badge badge--active' : 'badge badge--expired'}>
                {record.status}
                {record.error_code ? ` ${record.error_code}` : ''}
              </span>
            </td>
            <td data-label="Caller IP" className="mono">
              {record.ip}
            </td>
            <td data-label="Document">{bodyPreview(record)}</td>
          </tr>
        ))}
        empty="No calls yet. Applications send data to the data URL."
        emptyFiltered="No calls match these filters."
      />
    </div>
  );
}
