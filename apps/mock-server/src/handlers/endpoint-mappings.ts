/**
 * `/integrations/endpoints/{id}/mappings`: which secondary tokens may call an endpoint, and with which method (that
 * of one of its primary tokens). A mapping switched off (`enabled: false`) cuts off that one application without
 * touching the token or its other mappings. There is no audit type for mappings, so their changes are recorded as
 * `endpoint.updated` with `details.change`.
 */
import type { RequestContext, RouteImplementation } from '../http/context';
import { ApiError, jsonResponse, noContent } from '../http/errors';
import { listResponse } from '../http/list';
import { endpointStoreOf, type EndpointMethod, type MappingRecord } from '../store/endpoint-store';
import { bodyObject, FieldErrors, idOf } from './body';
import { endpointAudit, endpointOr404, serializeMapping } from './endpoint-serializers';
import { notFound } from './serializers';

function mappingOr404(ctx: RequestContext): MappingRecord {
  const endpoint = endpointOr404(ctx);
  const mapping = endpointStoreOf(ctx.runtime.store).getMapping(ctx.params.mapping_id ?? '');
  if (!mapping || mapping.endpointId !== endpoint.id)
    throw notFound(`Mapping ${ctx.params.mapping_id ?? ''} not found on endpoint ${endpoint.id}`);
  return mapping;
}

function listMappings(ctx: RequestContext): Response {
  const endpoint = endpointOr404(ctx);
  const store = endpointStoreOf(ctx.runtime.store);
  return listResponse(
    ctx,
    store.mappingsOf(endpoint.id).map((m) => serializeMapping(store, m)),
  );
}

function createMapping(ctx: RequestContext): Response {
  const endpoint = endpointOr404(ctx);
  const store = endpointStoreOf(ctx.runtime.store);
  const body = bodyObject(ctx.body);
  const errors = new FieldErrors();
  const tokenId = idOf(body.endpoint_token) ?? '';
  const token = store.getSecondary(tokenId);
  if (!token) errors.add('endpoint_token.id', `unknown secondary endpoint token ${JSON.stringify(tokenId)}`);
  const method = (body.primary_token as { method?: string } | undefined)?.method as EndpointMethod;
  const primary = endpoint.primary.get(method);
  if (!primary) errors.add('primary_token.method', `endpoint ${endpoint.id} has no ${method} primary token`);
  errors.throwIfAny();
  if (store.findMapping(endpoint.id, tokenId, method)) {
    throw new ApiError(
      'GEN_409',
      `Endpoint token ${tokenId} is already mapped to ${method} on endpoint ${endpoint.id}`,
    );
  }
  const mapping = store.createMapping(
    { endpointId: endpoint.id, tokenId, method, enabled: body.enabled !== false },
    ctx.actor,
  );
  endpointAudit(ctx, 'endpoint.updated', {
    endpoint_id: endpoint.id,
    change: 'mapping_created',
    mapping_id: mapping.id,
    endpoint_token_id: tokenId,
    primary_token_id: primary!.id,
    method,
    enabled: mapping.enabled,
  });
  return jsonResponse(serializeMapping(store, mapping), 201);
}

function updateMapping(ctx: RequestContext): Response {
  const mapping = mappingOr404(ctx);
  const store = endpointStoreOf(ctx.runtime.store);
  const body = bodyObject(ctx.body);
  mapping.enabled = body.enabled === true;
  store.touchMapping(mapping, ctx.actor);
  endpointAudit(ctx, 'endpoint.updated', {
    endpoint_id: mapping.endpointId,
    change: mapping.enabled ? 'mapping_enabled' : 'mapping_disabled',
    mapping_id: mapping.id,
    endpoint_token_id: mapping.tokenId,
    method: mapping.method,
    enabled: mapping.enabled,
  });
  return jsonResponse(serializeMapping(store, mapping));
}

function deleteMapping(ctx: RequestContext): Response {
  const mapping = mappingOr404(ctx);
  endpointStoreOf(ctx.runtime.store).deleteMapping(mapping.id);
  endpointAudit(ctx, 'endpoint.updated', {
    endpoint_id: mapping.endpointId,
    change: 'mapping_deleted',
    mapping_id: mapping.id,
    endpoint_token_id: mapping.tokenId,
    method: mapping.method,
  });
  return noContent();
}

/** Routes of this file. */
export const endpointMappingRoutes: Record<string, RouteImplementation> = {
  'GET /integrations/endpoints/{id}/mappings': { handle: listMappings },
  'POST /integrations/endpoints/{id}/mappings': { handle: createMapping },
  'PUT /integrations/endpoints/{id}/mappings/{mapping_id}': { handle: updateMapping },
  'DELETE /integrations/endpoints/{id}/mappings/{mapping_id}': { handle: deleteMapping },
};
