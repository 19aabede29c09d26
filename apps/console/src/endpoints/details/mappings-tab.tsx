/**
 * The secondary tokens assigned to an endpoint: assign one to a method (one of the endpoint's primary tokens),
 * switch each mapping on or off without touching the token, and unassign. Switching off and unassigning cut an
 * application off, so they ask first; every outcome is reported.
 */
import { rql, type Endpoint, type EndpointMapping, type EndpointMethod, type EndpointToken } from '@connect-tokens/sdk';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useQueryParam } from '../../router/hash-router';
import { useClient } from '../../session/session-context';
import { useConfirm } from '../../ui/confirm-dialog';
import { ErrorMessage } from '../../ui/error-message';
import { fetchPage } from '../../ui/fetch-page';
import { Field } from '../../ui/field';
import { formatDateTime } from '../../ui/format';
import { Pagination } from '../../ui/pagination';
import { useToast } from '../../ui/toast';
import { useAsync } from '../../ui/use-async';
import { ListStatus } from '../../ui/list-status';
import { METHOD_DESCRIPTIONS } from '../shared/endpoint-labels';
import { focusPageTitle } from '../shared/focus-page-title';
import { TwoLine } from '../../ui/two-line';
import { useSubmission } from '../../ui/use-submission';

const PAGE_SIZE = 25;

export function MappingsTab({ endpoint }: { endpoint: Endpoint }): ReactNode {
  const client = useClient();
  const confirm = useConfirm();
  const toast = useToast();
  const [offsetParam, setOffset] = useQueryParam('moffset', '0');
  const offset = Math.max(0, Number.parseInt(offsetParam, 10) || 0);
  const [busy, setBusy] = useState<string | undefined>();

  const mappings = useAsync(
    (signal) =>
      fetchPage(
        client.endpoints.mappings(
          endpoint.id,
          { ordering: ['endpoint_token.id', 'primary_token.method'], limit: PAGE_SIZE, offset },
          { signal },
        ),
      ),
    [client, endpoint.id, offset],
  );
  // Only active tokens can be assigned usefully; the API lists active ones by default.
  const tokens = useAsync(
    (signal) =>
      client.endpointTokens
        .list({ filter: rql.eq('status', 'active'), ordering: ['name'], limit: 100 }, { signal })
        .toArray({ max: 1000 }),
    [client],
  );

  const setEnabled = async (mapping: EndpointMapping, enabled: boolean) => {
    const who = `${mapping.endpoint_token.name} (${mapping.primary_token.method})`;
    if (!enabled) {
      const ok = await confirm({
        title: `Switch off ${who}?`,
        message: `${mapping.endpoint_token.name} can no longer ${METHOD_DESCRIPTIONS[mapping.primary_token.method]} on ${endpoint.name} (401 EPT_001) until the mapping is switched on again. The token and its other mappings are not affected.`,
        confirmLabel: 'Switch off',
        tone: 'danger',
      });
      if (!ok) return;
    }
    setBusy(mapping.id);
    try {
      await client.endpoints.updateMapping(endpoint.id, mapping.id, { enabled });
      toast.success(`Mapping ${who} switched ${enabled ? 'on' : 'off'}`);
      mappings.reload();
    } catch (error) {
      toast.error(error, `Could not switch ${who} ${enabled ? 'on' : 'off'}`);
    } finally {
      setBusy(undefined);
    }
  };

  const unassign = async (mapping: EndpointMapping) => {
    const who = `${mapping.endpoint_token.name} (${mapping.primary_token.method})`;
    const ok = await confirm({
      title: `Unassign ${mapping.endpoint_token.name} from ${mapping.primary_token.method}?`,
      message: `${mapping.endpoint_token.name} can no longer ${METHOD_DESCRIPTIONS[mapping.primary_token.method]} on ${endpoint.name}. The token itself is kept.`,
      confirmLabel: 'Unassign',
      tone: 'danger',
    });
    if (!ok) return;
    setBusy(mapping.id);
    try {
      await client.endpoints.deleteMapping(endpoint.id, mapping.id);
      toast.success(`${who} unassigned`);
      mappings.reload();
      focusPageTitle();
    } catch (error) {
      toast.error(error, `Could not unassign ${who}`);
    } finally {
      setBusy(undefined);
    }
  };

  if (endpoint.primary_tokens.length === 0) {
    return (
      <p className="empty">
        This endpoint is open (no authentication), so there is nothing to assign tokens to. Switch on token
        authentication in Settings first.
      </p>
    );
  }

  const items = mappings.data?.items ?? [];
  return (
    <div className="page">
      <AssignForm
        endpoint={endpoint}
        tokens={tokens.data ?? []}
        tokensLoading={tokens.loading}
        onAssigned={() => mappings.reload()}
      />
      <ErrorMessage error={tokens.error} context="Could not load the endpoint tokens" onRetry={tokens.reload} />
      <ErrorMessage error={mappings.error} context="Could not load the mappings" onRetry={mappings.reload} />
      <div className="table-wrap" aria-busy={mappings.loading}>
        <table className="table table--stack">
          <caption className="visually-hidden">Secondary tokens assigned to {endpoint.name}</caption>
          <thead>
            <tr>
              <th scope="col">Endpoint token</th>
              <th scope="col">Method</th>
              <th scope="col">Enabled</th>
              <th scope="col">Assigned</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((mapping) => (
              <tr key={mapping.id}>
                <td data-label="Endpoint token">
                  <TwoLine sub={mapping.endpoint_token.id}>{mapping.endpoint_token.name}</TwoLine>
                </td>
                <td data-label="Method">
                  <span className="endpoints-method">{mapping.primary_token.method}</span>
                </td>
                <td data-label="Enabled">
                  <label className="checkbox endpoints-switch">
                    <input
                      type="checkbox"
                      // biome-ignore lint/a11y/useAriaPropsForRole: the native `checked` is the state.
                      role="switch"
                      checked={mapping.enabled}
                      // Not `disabled` while the change is sent: that would drop the keyboard focus to the page.
                      aria-disabled={busy === mapping.id}
                      aria-label={`${mapping.endpoint_token.name} may ${mapping.primary_token.method}`}
                      onChange={(event) => {
                        if (busy !== mapping.id) void setEnabled(mapping, event.target.checked);
                      }}
                    />
                    <span aria-hidden="true">{mapping.enabled ? 'On' : 'Off'}</span>
                  </label>
                </td>
                <td data-label="Assigned">{formatDateTime(mapping.events?.created.at)}</td>
                <td data-label="Actions" className="table__actions">
                  <button
                    type="button"
                    className="btn btn--small btn--danger"
                    disabled={busy === mapping.id}
                    onClick={() => void unassign(mapping)}
                  >
                    Unassign
                    <span className="visually-hidden">
                      {' '}
                      {mapping.endpoint_token.name} from {mapping.primary_token.method}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ListStatus
          state={mappings}
          count={items.length}
          loading="Loading mappings…"
          empty="No secondary tokens are assigned to this endpoint yet."
        />
      </div>
      <Pagination
        label="Mapping pages"
        offset={offset}
        limit={PAGE_SIZE}
        total={mappings.data?.total}
        count={items.length}
        onChange={(next) => setOffset(String(next))}
      />
    </div>
  );
}

function AssignForm({
  endpoint,
  tokens,
  tokensLoading,
  onAssigned,
}: {
  endpoint: Endpoint;
  tokens: readonly EndpointToken[];
  tokensLoading: boolean;
  onAssigned: () => void;
}): ReactNode {
  const client = useClient();
  const toast = useToast();
  const methods = endpoint.primary_tokens.map((token) => token.method);
  const [tokenId, setTokenId] = useState('');
  const [method, setMethod] = useState<EndpointMethod>(methods.includes('POST') ? 'POST' : (methods[0] ?? 'GET'));
  const [enabled, setEnabled] = useState(true);
  const [tokenError, setTokenError] = useState<string | undefined>();
  const { busy, error, run } = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!tokenId) {
      setTokenError('Choose the endpoint token to assign');
      return;
    }
    setTokenError(undefined);
    await run(async () => {
      const mapping = await client.endpoints.createMapping(endpoint.id, {
        endpoint_token: { id: tokenId },
        primary_token: { method },
        enabled,
      });
      toast.success(
        `${mapping.endpoint_token.name} assigned to ${mapping.primary_token.method}${mapping.enabled ? '' : ' (switched off)'}`,
      );
      setTokenId('');
      onAssigned();
    });
  };

  return (
    <form
      className="card endpoints-form"
      aria-labelledby="assign-title"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id="assign-title">Assign a secondary token</h2>
      <div className="endpoints-assign">
        <Field
          label="Endpoint token"
          error={tokenError}
          hint={
            tokens.length === 0 && !tokensLoading ? (
              <>
                No active endpoint tokens. <Link to="/endpoint-tokens">Create one</Link> first.
              </>
            ) : (
              'Active tokens only.'
            )
          }
        >
          <select value={tokenId} onChange={(event) => setTokenId(event.target.value)} required>
            <option value="">{tokensLoading ? 'Loading…' : 'Choose a token'}</option>
            {tokens.map((token) => (
              <option key={token.id} value={token.id}>
                {token.name} ({token.id})
              </option>
            ))}
          </select>
        </Field>
        <Field label="Method" hint={`May ${METHOD_DESCRIPTIONS[method]}.`}>
          <select value={method} onChange={(event) => setMethod(event.target.value as EndpointMethod)}>
            {methods.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} /> Switched on
      </label>
      <ErrorMessage error={error} context="Could not assign the token" />
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? 'Assigning…' : 'Assign token'}
        </button>
      </div>
    </form>
  );
}
