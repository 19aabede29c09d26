import type { Token } from '@connect-tokens/sdk';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../ui/format';

function Rules({ title, items, empty }: { title: string; items: string[]; empty: string }): ReactNode {
  return (
    <section className="rules">
      <h2 className="rules__title">{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain-list">
          {items.map((item) => (
            <li key={item}>
              <code>{item}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** IP and API allow/block lists, rate limit and expiry. */
export function AccessRulesTab({ token }: { token: Token }): ReactNode {
  const rules = token.access_rules;
  const apis = (list: { method: string; path: string }[] | undefined) =>
    (list ?? []).map((rule) => `${rule.method} ${rule.path}`);
  return (
    <div className="grid-2">
      <Rules title="Allowed IP ranges" items={rules?.allowed_ips ?? []} empty="Any address" />
      <Rules title="Blocked IP ranges" items={rules?.blocked_ips ?? []} empty="None" />
      <Rules title="Allowed APIs" items={apis(rules?.allowed_apis)} empty="Every API of the granted modules" />
      <Rules title="Blocked APIs" items={apis(rules?.blocked_apis)} empty="None" />
      <section className="rules">
        <h2 className="rules__title">Rate limit</h2>
        <p>
          {token.rate_limit
            ? `${token.rate_limit.requests} requests per ${token.rate_limit.period_seconds} s`
            : 'No limit'}
        </p>
      </section>
      <section className="rules">
        <h2 className="rules__title">Expiry</h2>
        <p>{token.expiration_date ? formatDateTime(token.expiration_date) : 'Never expires'}</p>
      </section>
    </div>
  );
}
