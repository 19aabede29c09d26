/**
 * A fast path for the `node:http` adapter: the platform registers its own MSW handlers here, so the adapter can hand
 * an API request straight to the pipeline (the very function the MSW handler calls) instead of going through msw's
 * `getResponse`, which clones the request and builds an abort signal per handler. Runtime-neutral (no Node imports).
 *
 * The adapter only takes the fast path when it is sure msw would have picked the same handler: every handler before
 * it in the list is one of the platform's and provably does not match the request. Anything else (unknown handlers
 * first, a URL the predicate is unsure about) goes through `getResponse` as before.
 */

/** What a registered handler tells the adapter. */
export type DirectRoute =
  /** Serves the requests `matches()` accepts exactly as the MSW handler would. */
  | { kind: 'direct'; matches(url: URL, method: string): boolean; handle(request: Request): Promise<Response> }
  /** Not dispatched directly; `mayMatch()` is true for every request the MSW handler could answer. */
  | { kind: 'other'; mayMatch(url: URL, method: string): boolean };

const routes = new WeakMap<object, DirectRoute>();

/** Registers the fast-path description of an MSW handler. */
export function registerDirectRoute(handler: object, route: DirectRoute): void {
  routes.set(handler, route);
}

/**
 * The direct handler for `request` among `handlers` if msw would pick it first, else `undefined` (use `getResponse`).
 */
export function findDirectRoute(handlers: readonly object[], url: URL, method: string): ((request: Request) => Promise<Response>) | undefined {
  for (const handler of handlers) {
    const route = routes.get(handler);
    if (!route) return undefined;
    if (route.kind === 'other') {
      if (route.mayMatch(url, method)) return undefined;
      continue;
    }
    if (route.matches(url, method)) return route.handle;
  }
  return undefined;
}
