/** `/auth/tokens/{token_pk}/permissions`: the modules a token may use. Invalid changes are 400 TKN_002. */
import { MODULE_ID_PATTERN } from '@connect-tokens/protocol';
import type { RequestContext, RouteImplementation } from '../http/context';
import { ApiError, jsonResponse, noContent } from '../http/errors';
import { listResponse } from '../http/list';
import { bodyObject, idOf } from './body';
import { serializePermission, tokenOr404 } from './serializers';
import { audit } from './tokens';

function listPermissions(ctx: RequestContext): Response {
  const token = tokenOr404(ctx.runtime.store, ctx.params.token_pk);
  return listResponse(ctx, token.permissions.map(serializePermission));
}

function grant(ctx: RequestContext): Response {
  const { store } = ctx.runtime;
  const token = tokenOr404(store, ctx.params.token_pk);
  const body = bodyObject(ctx.body);
  const moduleId = idOf(body.object);
  const module = moduleId === undefined ? undefined : store.module(moduleId);
  if (!module) throw new ApiError('TKN_002', `Module ${JSON.stringify(moduleId ?? null)} does not exist`);
  if (token.permissions.some((p) => p.module.id === module.id)) {
    throw new ApiError('TKN_002', `Module ${module.id} is already granted to token ${token.id}`);
  }
  const permission = {
    id: store.tokens.newPermissionId(),
    module: store.tokens.sharedModule(module),
    granted_at: ctx.runtime.clock.iso(),
    granted_by: ctx.actor,
  };
  token.permissions.push(permission);
  store.tokens.touch(token, ctx.actor);
  audit(ctx, 'token.permission_granted', token, { module: module.id });
  return jsonResponse(serializePermission(permission), 201);
}

function revokeAll(ctx: RequestContext): Response {
  const { store } = ctx.runtime;
  const token = tokenOr404(store, ctx.params.token_pk);
  const revoked = token.permissions.map((p) => p.module.id);
  token.permissions = [];
  store.tokens.touch(token, ctx.actor);
  audit(ctx, 'token.permission_revoked', token, { modules: revoked });
  return noContent();
}

/** `{id}` is a permission id (`PM-…`) or, for convenience, a module id (`MD-0003`). */
function revokeOne(ctx: RequestContext): Response {
  const { store } = ctx.runtime;
  const token = tokenOr404(store, ctx.params.token_pk);
  const id = ctx.params.id ?? '';
  const isModule = MODULE_ID_PATTERN.test(id);
  if (isModule && !store.module(id)) throw new ApiError('TKN_002', `Module ${id} does not exist`);
  const index = token.permissions.findIndex((p) => (isModule ? p.module.id === id : p.id === id));
  if (index === -1)
    throw new ApiError('TKN_002', `${isModule ? 'Module' : 'Permission'} ${id} is not granted to token ${token.id}`);
  const [removed] = token.permissions.splice(index, 1);
  store.tokens.touch(token, ctx.actor);
  audit(ctx, 'token.permission_revoked', token, { module: removed!.module.id });
  return noContent();
}

/** Routes of this file. */
export const permissionRoutes: Record<string, RouteImplementation> = {
  'GET /auth/tokens/{token_pk}/permissions': { handle: listPermissions },
  'POST /auth/tokens/{token_pk}/permissions': { handle: grant },
  'DELETE /auth/tokens/{token_pk}/permissions': { handle: revokeAll },
  'DELETE /auth/tokens/{token_pk}/permissions/{id}': { handle: revokeOne },
};
