import type { Extension, Module } from '@connect-tokens/sdk';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../ui/format';
import { expiryFromDay } from '../shared/expiry';
import { parseApiRules, parseCidrs, type TokenDraft } from '../shared/token-draft';

/** A list of rules, or what an empty list means (the same words as the token's Access rules tab). */
function list(values: string[], empty = 'None'): ReactNode {
  return values.length === 0 ? (
    <span className="muted">{empty}</span>
  ) : (
    <ul className="plain-list">
      {values.map((v) => (
        <li key={v}>
          <code>{v}</code>
        </li>
      ))}
    </ul>
  );
}

/** Everything the wizard will send, for a last look before creating the token. */
export function DraftSummary({
  draft,
  extensions,
  modules,
}: {
  draft: TokenDraft;
  extensions: readonly Extension[];
  modules: readonly Module[];
}): ReactNode {
  const extension = extensions.find((item) => item.id === draft.extensionId);
  const moduleNames = draft.modules.map((id) => modules.find((module) => module.id === id)?.name ?? id);
  const apis = (text: string) => parseApiRules(text).values.map((rule) => `${rule.method} ${rule.path}`);
  return (
    <dl className="details">
      <dt>Name</dt>
      <dd>{draft.name}</dd>
      <dt>External id</dt>
      <dd>{draft.externalId || <span className="muted">None</span>}</dd>
      <dt>Description</dt>
      <dd>{draft.description || <span className="muted">None</span>}</dd>
      <dt>Logo</dt>
      <dd>
        {draft.logo ? <img src={draft.logo} alt="Logo" width={32} height={32} /> : <span className="muted">None</span>}
      </dd>
      <dt>Extension</dt>
      <dd>{extension?.name ?? draft.extensionId}</dd>
      <dt>Modules</dt>
      <dd>
        {moduleNames.length === modules.length && modules.length > 0
          ? 'All modules'
          : list(moduleNames, 'None: the token can only read its own context')}
      </dd>
      <dt>Allowed IP ranges</dt>
      <dd>{list(parseCidrs(draft.allowedIps).values, 'Any address')}</dd>
      <dt>Blocked IP ranges</dt>
      <dd>{list(parseCidrs(draft.blockedIps).values)}</dd>
      <dt>Allowed APIs</dt>
      <dd>{list(apis(draft.allowedApis), 'Every API of the granted modules')}</dd>
      <dt>Blocked APIs</dt>
      <dd>{list(apis(draft.blockedApis))}</dd>
      <dt>Expires</dt>
      <dd>{draft.expiryDay ? formatDateTime(expiryFromDay(draft.expiryDay)) : 'Never'}</dd>
      <dt>Rate limit</dt>
      <dd>{draft.rateRequests ? `${draft.rateRequests} requests per ${draft.ratePeriodSeconds} s` : 'None'}</dd>
    </dl>
  );
}
