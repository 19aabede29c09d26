/**
 * A fast path for the `node:http` adapter: the platform registers its own MSW handlers here, so the adapter can hand
 * an API request straight to the pipeline (the very function the MSW handler calls) instead of going through msw's
 * `getResponse`, which clones the request and builds an abort signal per handler. Runtime-neutral (no Node imports).
 *
 * The adapter only takes the fast path when it is sure msw would have picked the same handler: every handler before
 * it in the list is one of the platform's and provably does not match the request. Anything else (unknown handlers
 * first, a URL the predicate is unsure about) goes through `getResponse` as before.
 *
 * A direct handler takes a `PipelineRequest`, so the adapter can pass a `DeferredRequest` and skip building a Fetch
 * `Request` (see `http/deferred-request.ts`).
 */
import type { PipelineRequest } from '../http/deferred-request';

/** What a registered handler tells the adapter. */
export type DirectRoute =
  /** Serves the requests `matches()` accepts exactly as the MSW handler would. */
  | { kind: 'direct'; matches(url: URL, method: string): boolean; handle(request: PipelineRequest): Promise<Response> }
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
export function findDirectRoute(
  handlers: readonly object[],
  url: URL,
  method: string,
): ((request: PipelineRequest) => Promise<Response>) | undefined {
  // Handlers often share one predicate (all admin routes): it answered `false` already, so it is not asked again.
  let refused: ((url: URL, method: string) => boolean) | undefined;
  for (const handler of handlers) {
    const route = routes.get(handler);
    if (!route) return undefined;
    const predicate = route.kind === 'other' ? route.mayMatch : route.matches;
    if (predicate === refused) continue;
    if (predicate(url, method)) return route.kind === 'other' ? undefined : route.handle;
    refused = predicate;
  }
  return undefined;
}
