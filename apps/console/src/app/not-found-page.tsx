import type { ReactNode } from 'react';
import { PageHeader } from '../ui/page-header';
import { Link } from '../router/hash-router';
import { HOME_PATH } from './route-registry';

/** Shown for a route no feature defines. */
export function NotFoundPage({ path }: { path: string }): ReactNode {
  return (
    <section className="page">
      <PageHeader title="Page not found" />
      <p>
        There is no screen at <code>{path}</code>. <Link to={HOME_PATH}>Go to the start page</Link>.
      </p>
    </section>
  );
}
