/**
 * The signed-in frame: skip link, header with the account and the calling token, main navigation, the current
 * screen, and sign out. After each navigation the new screen's heading takes focus, so keyboard and screen-reader
 * users land at the top of the new content rather than on a link that no longer exists.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { matchRoute, navigate, useLocation, type RouteMatch } from '../router/hash-router';
import { useSession } from '../session/session-context';
import { HOME_PATH, NAV_ROUTES, ROUTES } from './route-registry';
import { NotFoundPage } from './not-found-page';

const PRODUCT = 'connect-tokens console';

function titleOf(match: RouteMatch | undefined): string {
  if (!match) return 'Not found';
  const { title } = match.route;
  return typeof title === 'function' ? title(match.params) : title;
}

export function AppShell({ focusOnMount = false }: { focusOnMount?: boolean }): ReactNode {
  const { session, signOut } = useSession();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const match = matchRoute(ROUTES, location.path);

  useEffect(() => {
    if (location.path === '/' && HOME_PATH !== '/') navigate(HOME_PATH, { replace: true });
  }, [location.path]);

  // Only a change of screen retitles the page and moves focus, not a new `match` object for the same path.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the path on purpose (above).
  useEffect(() => {
    document.title = `${titleOf(match)} · ${PRODUCT}`;
    if (firstRender.current && !focusOnMount) {
      firstRender.current = false;
      return;
    }
    firstRender.current = false;
    // Wait a frame so the new screen's heading exists.
    const frame = window.requestAnimationFrame(() => {
      const heading = mainRef.current?.querySelector<HTMLElement>('[data-page-title]');
      (heading ?? mainRef.current)?.focus({ preventScroll: false });
    });
    return () => window.cancelAnimationFrame(frame);
    // Only a change of screen moves focus, not a change of its query (filters, tabs).
  }, [location.path]);

  if (!session) return null;
  const token = session.context.token;

  return (
    <div className="shell">
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link to #main; the handler keeps the hash route. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__logo" aria-hidden="true">
            ◆
          </span>
          <span>{PRODUCT}</span>
        </div>
        <nav className="shell__nav" aria-label="Main">
          <ul>
            {NAV_ROUTES.map((route) => {
              const current = location.path === route.path || location.path.startsWith(`${route.path}/`);
              return (
                <li key={route.path}>
                  <a href={`#${route.path}`} aria-current={current ? 'page' : undefined} className="shell__nav-link">
                    {route.nav?.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="shell__account">
          <span className="shell__who" title={session.endpoint}>
            <span className="shell__account-name">{session.context.account.name}</span>
            {token ? (
              <span className="shell__token">
                {token.name} · {token.id}
              </span>
            ) : null}
          </span>
          <button type="button" className="btn btn--small" onClick={() => signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="shell__main">
        {match ? match.route.render(match.params, location) : <NotFoundPage path={location.path} />}
      </main>
    </div>
  );
}
