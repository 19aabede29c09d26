import type { Token } from '@connect-tokens/sdk';
import type { ReactNode } from 'react';
import { modulesLabel } from '../shared/token-summary';

/**
 * The modules of a token: the module's name when there is one; for several, the count as a disclosure that lists
 * their names (by keyboard and touch too), with the names also on hover.
 */
export function ModulesCell({ token }: { token: Pick<Token, 'permissions'> }): ReactNode {
  const names = token.permissions.map((permission) => permission.object.name ?? permission.object.id);
  if (names.length < 2) return modulesLabel(token);
  return (
    <details className="modules-cell" title={names.join(', ')}>
      <summary>{modulesLabel(token)}</summary>
      <ul className="plain-list">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </details>
  );
}
