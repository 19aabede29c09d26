/** `/modules` and `/extensions`: reference data any valid token may read. Also `/auth/context`. */
import type { PlatformRuntime, RequestContext, RouteImplementation } from '../http/context';
import { jsonResponse } from '../http/errors';
import { listResponse } from '../http/list';
import { ACCOUNT } from '../store/seed-data';
import type { ModuleRecord } from '../store/types';
import { notFound, serializeExtension, serializeModule } from './serializers';

const pathCache = new WeakMap<PlatformRuntime, Map<string, string[]>>();

/**
 * The path prefixes each module guards, read from the spec's `x-connect-module` (the part of each path before its
 * first parameter), so `Module.paths` can never disagree with what the pipeline enforces.
 */
function modulePaths(runtime: PlatformRuntime): Map<string, string[]> {
  let paths = pathCache.get(runtime);
  if (paths) return paths;
  paths = new Map();
  for (const operation of runtime.spec.operations) {
    if (!operation.module) continue;
    const literal = operation.path.split('/{')[0]!.replace(/\/+$/, '') || '/';
    const list = paths.get(operation.module) ?? [];
    // Keep only the shortest prefixes: /auth/tokens covers /auth/tokens/{pk}/audit.
    if (!list.some((p) => literal === p || literal.startsWith(`${p}/`))) {
      paths.set(operation.module, [...list.filter((p) => !p.startsWith(`${literal}/`)), literal].sort());
    }
  }
  pathCache.set(runtime, paths);
  return paths;
}

function wireModule(runtime: PlatformRuntime, module: ModuleRecord) {
  return serializeModule(module, modulePaths(runtime).get(module.id) ?? []);
}

/**
 * Who the caller is. Connect answers `account` and `user`, and an API token is a system user there, so `user` is the
 * token itself; `token` and `permissions` are additions.
 */
function authContext(ctx: RequestContext): Response {
  const token = ctx.token!;
  return jsonResponse({
    account: { id: ACCOUNT.id, name: ACCOUNT.name, icon: ACCOUNT.icon },
    user: { id: token.id, name: token.name },
    token: { id: token.id, name: token.name, extension: { ...token.extension } },
    permissions: token.permissions.map((p) => p.module.id),
  });
}

/** Routes of this file. */
export const moduleRoutes: Record<string, RouteImplementation> = {
  'GET /modules': {
    handle: (ctx) =>
      listResponse(
        ctx,
        ctx.runtime.store.modules.map((m) => wireModule(ctx.runtime, m)),
      ),
  },
  'GET /modules/{pk}': {
    handle: (ctx) => {
      const module = ctx.runtime.store.module(ctx.params.pk ?? '');
      if (!module) throw notFound(`Module ${ctx.params.pk ?? ''} not found`);
      return jsonResponse(wireModule(ctx.runtime, module));
    },
  },
  'GET /extensions': { handle: (ctx) => listResponse(ctx, ctx.runtime.store.extensionTypes.map(serializeExtension)) },
  'GET /extensions/{id}': {
    handle: (ctx) => {
      const extension = ctx.runtime.store.extensionType(ctx.params.id ?? '');
      if (!extension) throw notFound(`Extension ${ctx.params.id ?? ''} not found`);
      return jsonResponse(serializeExtension(extension));
    },
  },
  'GET /auth/context': { handle: authContext },
};
