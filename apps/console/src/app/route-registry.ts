/**
 * Every screen of the console. Each feature folder (`src/tokens`, `src/endpoints`, …) exports its screens as
 * `export const routes: RouteDefinition[]` from `src/<feature>/routes.tsx`; they are collected here at build time, so
 * adding a feature means adding its folder, not editing a central list.
 */
import type { RouteDefinition } from '../router/hash-router';

const featureModules = import.meta.glob<{ routes: RouteDefinition[] }>('../*/routes.tsx', { eager: true });

/** All routes of all features. */
export const ROUTES: readonly RouteDefinition[] = Object.values(featureModules).flatMap((module) => module.routes);

/** The main navigation: routes that asked for an entry, in their order. */
export const NAV_ROUTES: readonly RouteDefinition[] = ROUTES.filter((route) => route.nav).sort(
  (a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0),
);

/** Where `#/` and an unknown sign-in landing go: the first navigation entry. */
export const HOME_PATH: string = NAV_ROUTES[0]?.path ?? '/';
