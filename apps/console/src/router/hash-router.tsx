/**
 * A small hash router. The console lives at `/console/` on the emulator as static files, so routes travel in the hash
 * (`#/tokens/SU-123-456-789?tab=audit`) and need no server-side fallback. Nothing secret ever goes into a route.
 */
import { useCallback, useEffect, useState, type AnchorHTMLAttributes, type ReactNode } from 'react';

/** Where the app is: the path of the hash and its query string. */
export interface Location {
  /** `/tokens/SU-123-456-789` (always starts with `/`). */
  path: string;
  /** The part after `?` in the hash. */
  query: URLSearchParams;
}

/** Parameters of a matched route, by the `:name` segments of its pattern. */
export type RouteParams = Readonly<Record<string, string>>;

/** One screen of the console. Feature folders export a list of these as `routes` from their `routes.tsx`. */
export interface RouteDefinition {
  /** Pattern with `:name` segments, e.g. `/tokens/:id`. Static segments win over parameters when both match. */
  path: string;
  /** The document title while the screen is shown (the app appends the product name). */
  title: string | ((params: RouteParams) => string);
  /** Renders the screen. */
  render: (params: RouteParams, location: Location) => ReactNode;
  /** Shows an entry in the main navigation; lower `order` first. The entry is current on its path and every path below it. */
  nav?: { label: string; order: number };
}

/** A route matched against a location. */
export interface RouteMatch {
  route: RouteDefinition;
  params: RouteParams;
}

function readLocation(): Location {
  const raw = window.location.hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?', 2);
  return { path: path.startsWith('/') ? path : `/${path}`, query: new URLSearchParams(search) };
}

/** Builds a hash href: `href('/tokens', { status: 'active' })` → `#/tokens?status=active`. Empty values are left out. */
export function href(path: string, query?: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}

/** Goes to a route. `replace` keeps the browser history from growing (filters, tabs). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const target = to.startsWith('#') ? to : `#${to}`;
  if (options.replace) window.location.replace(target);
  else window.location.hash = target;
}

/** The current location; re-renders on every hash change. */
export function useLocation(): Location {
  const [location, setLocation] = useState(readLocation);
  useEffect(() => {
    const update = () => setLocation(readLocation());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return location;
}

/**
 * One query parameter as state, kept in the URL (with `replace`, so the back button leaves the screen rather than
 * undoing every keystroke of a filter).
 */
export function useQueryParam(name: string, fallback = ''): [string, (value: string) => void] {
  const location = useLocation();
  const value = location.query.get(name) ?? fallback;
  const setValue = useCallback(
    (next: string) => {
      const current = readLocation();
      if (next === fallback || next === '') current.query.delete(name);
      else current.query.set(name, next);
      const search = current.query.toString();
      navigate(`${current.path}${search ? `?${search}` : ''}`, { replace: true });
    },
    [name, fallback],
  );
  return [value, setValue];
}

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** The best route for a path: every segment matches, and the most static segments win. */
export function matchRoute(routes: readonly RouteDefinition[], path: string): RouteMatch | undefined {
  const actual = segments(path);
  let best: { match: RouteMatch; score: number } | undefined;
  for (const route of routes) {
    const pattern = segments(route.path);
    if (pattern.length !== actual.length) continue;
    const params: Record<string, string> = {};
    let score = 0;
    let ok = true;
    pattern.forEach((part, index) => {
      const value = actual[index] ?? '';
      if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
      else if (part === value) score += 1;
      else ok = false;
    });
    if (ok && (!best || score > best.score)) best = { match: { route, params }, score };
  }
  return best?.match;
}

/** An in-app link: `<Link to="/tokens/new">New token</Link>`. */
export function Link({
  to,
  children,
  ...rest
}: { to: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>): ReactNode {
  return (
    <a {...rest} href={to.startsWith('#') ? to : `#${to}`}>
      {children}
    </a>
  );
}
