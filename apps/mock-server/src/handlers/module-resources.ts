/**
 * The read-only list of each module (`/products` for MD-0003 Catalog, ...). They exist so that module scoping can be
 * exercised end to end: the spec's `x-connect-module` on each list decides which token may read it.
 */
import type { RouteImplementation } from '../http/context';
import { listResponse } from '../http/list';
import { MODULES } from '../store/seed-data';

/** Routes of this file: `GET <resource_path>` for every module that has one. */
export const moduleResourceRoutes: Record<string, RouteImplementation> = Object.fromEntries(
  MODULES.filter((module) => module.resource_path !== null).map((module) => [
    `GET ${module.resource_path}`,
    {
      handle: (ctx) => listResponse(ctx, ctx.runtime.store.moduleResources.get(module.id) ?? []),
    } satisfies RouteImplementation,
  ]),
);
