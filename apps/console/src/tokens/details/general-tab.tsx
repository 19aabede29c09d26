import type { Token } from '@connect-tokens/sdk';
import type { ReactNode } from 'react';
import { useSession } from '../../session/session-context';
import { CopyButton } from '../../ui/copy-button';
import { formatDateTime } from '../../ui/format';
import { StatusBadge } from '../../ui/status-badge';

const none = <span className="muted">None</span>;

/** Description, key id, masked key, the endpoint to use it with, and the token's dates. */
export function GeneralTab({ token }: { token: Token }): ReactNode {
  const { session } = useSession();
  const endpoint = session?.endpoint ?? '';
  return (
    <dl className="details">
      <dt>Description</dt>
      <dd>{token.description || none}</dd>
      <dt>Key id</dt>
      <dd>
        <code>{token.id}</code>
      </dd>
      <dt>API key</dt>
      <dd>
        <code data-testid="masked-key">{token.token}</code>
        <p className="field__hint">Masked: the full key is shown only when the token is created, renewed or rotated.</p>
      </dd>
      <dt>Endpoint</dt>
      <dd className="inline-actions">
        <code>{endpoint}</code> <CopyButton value={endpoint} label="Copy endpoint" />
      </dd>
      <dt>Status</dt>
      <dd>
        <StatusBadge status={token.status} />
      </dd>
      <dt>External id</dt>
      <dd>{token.external_id || none}</dd>
      <dt>Extension</dt>
      <dd>
        {token.extension.name} <span className="muted mono">{token.extension.id}</span>
      </dd>
      <dt>Owner</dt>
      <dd>
        {token.owner.name} <span className="muted mono">{token.owner.id}</span>
      </dd>
      <dt>Created</dt>
      <dd>
        {formatDateTime(token.events.created.at)}
        {token.events.created.by ? ` by ${token.events.created.by.name}` : ''}
      </dd>
      <dt>Last updated</dt>
      <dd>
        {token.events.updated
          ? `${formatDateTime(token.events.updated.at)}${token.events.updated.by ? ` by ${token.events.updated.by.name}` : ''}`
          : 'Never'}
      </dd>
      <dt>Expires</dt>
      <dd>{token.expiration_date ? formatDateTime(token.expiration_date) : 'Never'}</dd>
      {token.renewed_token ? (
        <>
          <dt>Previous key</dt>
          <dd>
            <code>{token.renewed_token}</code> valid until {formatDateTime(token.renewed_expiration_date)}
          </dd>
        </>
      ) : null}
      <dt>Last access</dt>
      <dd>
        {token.last_access ? `${formatDateTime(token.last_access.at)} from ${token.last_access.ip}` : 'Never used'}
      </dd>
      <dt>Logo</dt>
      <dd>{token.logo ? <img src={token.logo} alt={`Logo of ${token.name}`} width={48} height={48} /> : none}</dd>
    </dl>
  );
}
