import type { ReactNode } from 'react';
import { Link } from '../../router/hash-router';
import type { TokenAssignment } from './token-assignments';

/** The endpoints and methods one secondary token is assigned to, each endpoint linking to its mappings. */
export function AssignmentsCell({ assignments }: { assignments: readonly TokenAssignment[] | undefined }): ReactNode {
  if (!assignments || assignments.length === 0) return <span className="muted">Not assigned</span>;
  const byEndpoint = new Map<string, { name: string; items: TokenAssignment[] }>();
  for (const assignment of assignments) {
    const group = byEndpoint.get(assignment.endpointId) ?? { name: assignment.endpointName, items: [] };
    group.items.push(assignment);
    byEndpoint.set(assignment.endpointId, group);
  }
  return (
    <ul className="endpoints-assignments">
      {[...byEndpoint].map(([endpointId, group]) => (
        <li key={endpointId}>
          <Link to={`/endpoints/${endpointId}?tab=mappings`}>{group.name}</Link>{' '}
          {group.items.map((item) => (
            <span
              key={item.method}
              className={item.enabled ? 'endpoints-method' : 'endpoints-method endpoints-method--off'}
              title={item.enabled ? undefined : 'Switched off'}
            >
              {item.method}
              {item.enabled ? null : <span className="endpoints-method__off"> off</span>}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
