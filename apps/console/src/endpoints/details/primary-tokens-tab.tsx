import type { Endpoint, EndpointPrimaryToken } from '@connect-tokens/sdk';
import type { ReactNode } from 'react';
import { useClient } from '../../session/session-context';
import { useConfirm } from '../../ui/confirm-dialog';
import { CopyButton } from '../../ui/copy-button';
import { formatDateTime } from '../../ui/format';
import { useToast } from '../../ui/toast';
import { authenticationLabel, dataUrlOf, METHOD_DESCRIPTIONS } from '../shared/endpoint-labels';
import { TwoLine } from '../../ui/two-line';

/** The endpoint's data URL and its primary tokens (values masked), each of which can be regenerated. */
export function PrimaryTokensTab({
  endpoint,
  onRegenerated,
}: {
  endpoint: Endpoint;
  onRegenerated: (token: EndpointPrimaryToken) => void;
}): ReactNode {
  const client = useClient();
  const confirm = useConfirm();
  const toast = useToast();
  const dataUrl = dataUrlOf(client.endpoint, endpoint.id);

  const regenerate = async (token: EndpointPrimaryToken) => {
    const ok = await confirm({
      title: `Regenerate the ${token.method} primary token?`,
      message: `The current ${token.method} primary token of ${endpoint.name} stops working at once. Secondary tokens mapped to ${token.method} keep working.`,
      confirmLabel: 'Regenerate token',
      tone: 'danger',
    });
    if (!ok) return;
    try {
      const fresh = await client.endpoints.regeneratePrimaryToken(endpoint.id, token.method);
      toast.success(`${token.method} primary token regenerated`);
      onRegenerated(fresh);
    } catch (error) {
      toast.error(error, `Could not regenerate the ${token.method} primary token`);
    }
  };

  return (
    <div className="page">
      <dl className="details card">
        <dt>Description</dt>
        <dd>{endpoint.description ?? <span className="muted">None</span>}</dd>
        <dt>Authentication</dt>
        <dd>{authenticationLabel(endpoint)}</dd>
        <dt>DELETE on the data path</dt>
        <dd>{endpoint.allow_delete ? 'Allowed' : 'Not allowed'}</dd>
        <dt>Data URL</dt>
        <dd>
          <code className="mono endpoints-url">{dataUrl}</code> <CopyButton value={dataUrl} label="Copy data URL" />
        </dd>
        <dt>Token header</dt>
        <dd>
          <code className="mono">X-Endpoint-Token: &lt;value&gt;</code>
        </dd>
      </dl>
      {endpoint.primary_tokens.length === 0 ? (
        <p className="empty">
          This endpoint is open: it has no primary tokens, and anyone with the data URL can call it.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table table--stack">
            <caption className="visually-hidden">Primary tokens of {endpoint.name}</caption>
            <thead>
              <tr>
                <th scope="col">Method</th>
                <th scope="col">Token</th>
                <th scope="col">Value</th>
                <th scope="col">Last generated</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {endpoint.primary_tokens.map((token) => (
                <tr key={token.id}>
                  <td data-label="Method">
                    <TwoLine sub={`may ${METHOD_DESCRIPTIONS[token.method]}`}>
                      <span className="endpoints-method">{token.method}</span>
                    </TwoLine>
                  </td>
                  <td data-label="Token" className="mono">
                    {token.id}
                  </td>
                  <td data-label="Value" className="mono">
                    {token.value}
                  </td>
                  <td data-label="Last generated">
                    {formatDateTime(token.events.updated?.at ?? token.events.created.at)}
                  </td>
                  <td data-label="Actions" className="table__actions">
                    <button type="button" className="btn btn--small" onClick={() => void regenerate(token)}>
                      Regenerate<span className="visually-hidden"> the {token.method} primary token</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
