import type { Token } from '@connect-tokens/sdk';
import type { ReactNode } from 'react';
import { Link } from '../../router/hash-router';
import { formatDateTime } from '../../ui/format';
import { TwoLine } from '../../ui/two-line';

/** The modules granted to the token, with when and by whom. */
export function PermissionsTab({ token }: { token: Token }): ReactNode {
  if (token.permissions.length === 0) {
    return (
      <p className="empty">
        No modules granted: the token can only read its own context.{' '}
        <Link to={`/tokens/${token.id}/edit`}>Grant modules</Link>
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">Modules granted to {token.name}</caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Granted</th>
            <th scope="col">Granted by</th>
          </tr>
        </thead>
        <tbody>
          {token.permissions.map((permission) => (
            <tr key={permission.id}>
              <td data-label="Module">
                <TwoLine sub={permission.object.id}>{permission.object.name ?? permission.object.id}</TwoLine>
              </td>
              <td data-label="Granted">{formatDateTime(permission.events.granted.at)}</td>
              <td data-label="Granted by">{permission.events.granted.by?.name ?? 'Platform'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
