/**
 * A token's details in tabs (General, Permissions, Access rules, Audit trail, Statistics), with its lifecycle actions
 * in the header. The selected tab is kept in the URL (`?tab=audit`).
 */
import type { Token } from '@connect-tokens/sdk';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, navigate, useQueryParam } from '../../router/hash-router';
import { useClient } from '../../session/session-context';
import { ErrorMessage } from '../../ui/error-message';
import { PageHeader } from '../../ui/page-header';
import { StatusBadge } from '../../ui/status-badge';
import { Tabs } from '../../ui/tabs';
import { useAsync } from '../../ui/use-async';
import { canActivate, canDeactivate } from '../shared/token-summary';
import { useTokenActions } from '../shared/use-token-actions';
import { AccessRulesTab } from './access-rules-tab';
import { AuditTab } from './audit-tab';
import { GeneralTab } from './general-tab';
import { PermissionsTab } from './permissions-tab';
import { StatisticsTab } from './statistics-tab';

const TABS = [
  { id: 'general', label: 'General' },
  { id: 'permissions', label: 'Permissions' },
  { id: 'access', label: 'Access rules' },
  { id: 'audit', label: 'Audit trail' },
  { id: 'statistics', label: 'Statistics' },
];

export function TokenDetailsPage({ id }: { id: string }): ReactNode {
  const client = useClient();
  const [tab, setTab] = useQueryParam('tab', 'general');
  const loaded = useAsync((signal) => client.tokens.get(id, { signal }), [client, id]);
  const [token, setToken] = useState<Token | undefined>();
  useEffect(() => setToken(loaded.data), [loaded.data]);

  const actions = useTokenActions((changed) => {
    if (changed) setToken(changed);
    else navigate('/tokens');
  });

  if (!token) {
    return (
      <section className="page">
        <PageHeader
          title={loaded.error ? 'Token not available' : 'Loading token…'}
          back={{ to: '/tokens', label: 'Tokens' }}
        />
        <ErrorMessage error={loaded.error} context={`Could not load token ${id}`} onRetry={loaded.reload} />
      </section>
    );
  }

  const panel =
    tab === 'permissions' ? (
      <PermissionsTab token={token} />
    ) : tab === 'access' ? (
      <AccessRulesTab token={token} />
    ) : tab === 'audit' ? (
      <AuditTab token={token} />
    ) : tab === 'statistics' ? (
      <StatisticsTab token={token} />
    ) : (
      <GeneralTab token={token} />
    );

  return (
    <section className="page">
      <PageHeader
        title={
          <>
            {token.name} <StatusBadge status={token.status} />
          </>
        }
        subtitle={`${token.id} · ${token.extension.name}`}
        back={{ to: '/tokens', label: 'Tokens' }}
        actions={
          <>
            <Link to={`/tokens/${token.id}/edit`} className="btn btn--primary">
              Edit
            </Link>
            {canActivate(token) ? (
              <button type="button" className="btn" onClick={() => void actions.enable(token)}>
                Enable
              </button>
            ) : (
              <button
                type="button"
                className="btn"
                disabled={!canDeactivate(token)}
                onClick={() => void actions.disable(token)}
              >
                Disable
              </button>
            )}
            <button type="button" className="btn" onClick={() => actions.renew(token)}>
              Renew
            </button>
            <button type="button" className="btn" onClick={() => actions.rotate(token)}>
              Rotate key
            </button>
            <button type="button" className="btn btn--danger" onClick={() => void actions.remove(token)}>
              Delete
            </button>
          </>
        }
      />
      {token.status === 'expired' ? (
        <p className="notice">
          This token has expired and its key is refused. Renew it to issue a new key with a new expiry date.
        </p>
      ) : null}
      <div className="card">
        <Tabs label="Token details" tabs={TABS} selected={tab} onSelect={setTab}>
          {panel}
        </Tabs>
      </div>
      {actions.dialog}
    </section>
  );
}
