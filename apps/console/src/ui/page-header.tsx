import type { ReactNode } from 'react';
import { Link } from '../router/hash-router';

/**
 * The top of a screen: an optional back link, the screen's `<h1>` (focused by the shell after navigation, so screen
 * readers announce the new screen) and its main actions.
 */
export function PageHeader({
  title,
  subtitle,
  back,
  actions,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  back?: { to: string; label: string };
  actions?: ReactNode;
}): ReactNode {
  return (
    <header className="page-header">
      {back ? (
        <Link to={back.to} className="page-header__back">
          <span aria-hidden="true">← </span>
          {back.label}
        </Link>
      ) : null}
      <div className="page-header__row">
        <div>
          <h1 className="page-header__title" tabIndex={-1} data-page-title>
            {title}
          </h1>
          {subtitle ? <p className="page-header__subtitle">{subtitle}</p> : null}
        </div>
        {actions ? <div className="page-header__actions">{actions}</div> : null}
      </div>
    </header>
  );
}
