/**
 * `/integrations/endpoints` and their primary tokens (module MD-0007). With `authentication: token` an endpoint has a
 * primary token for GET and POST, and for DELETE while `allow_delete` is on; full values appear only in the response
 * that generated them. Mutations mint values first (the only await), then re-read the endpoint and change it
 * synchronously.
 */
import type { RequestContext, RouteImplementation } from '../http/context';
import { ApiError, jsonResponse, noContent } from '../http/errors';
import { listResponse } from '../http/list';
import {
  endpointStoreOf,
  mintEndpointValue,
  type EndpointMethod,
  type EndpointRecord,
  type MintedEndpointValue,
} from '../store/endpoint-store';
import { bodyObject, FieldErrors } from './body';
import { endpointAudit, endpointOr404, serializeEndpoint, serializePrimaryToken } from './endpoint-serializers';
import { notFound } from './serializers';

async function mintFor(methods: readonly EndpointMethod[]): Promise<Map<EndpointMethod, MintedEndpointValue>> {
  const out = new Map<EndpointMethod, MintedEndpointValue>();
  for (const method of methods) out.set(method, await mintEndpointValue());
  return out;
}

function listEndpoints(ctx: RequestContext): Response {
  return listResponse(
    ctx,
    endpointStoreOf(ctx.runtime.store)
      .listEndpoints()
      .map((e) => serializeEndpoint(e)),
  );
}

async function createEndpoint(ctx: RequestContext): Promise<Response> {
  const store = endpointStoreOf(ctx.runtime.store);
  const body = bodyObject(ctx.body);
  const errors = new FieldErrors();
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  if (name === '') errors.add('name', 'must not be empty');
  errors.throwIfAny();
  const authentication = body.authentication === 'none' ? 'none' : 'token';
  const allowDelete = body.allow_delete === true;
  const methods: EndpointMethod[] =
    authentication === 'token' ? (allowDelete ? ['GET', 'POST', 'DELETE'] : ['GET', 'POST']) : [];
  const minted = await mintFor(methods);
  // From here on: synchronous.
  const endpoint = store.createEndpoint(
    {
      name,
      description: typeof body.description === 'string' ? body.description : null,
      authentication,
      allow_delete: allowDelete,
    },
    ctx.actor,
  );
  const full = new Map<EndpointMethod, string>();
  for (const [method, value] of minted) {
    store.setPrimary(endpoint, method, value, ctx.actor);
    full.set(method, value.value);
  }
  endpointAudit(ctx, 'endpoint.created', {
    endpoint_id: endpoint.id,
    authentication,
    allow_delete: allowDelete,
    primary_tokens: [...endpoint.primary.values()].map((t) => ({ id: t.id, method: t.method })),
  });
  return jsonResponse(serializeEndpoint(endpoint, full), 201);
}

function getEndpoint(ctx: RequestContext): Response {
  return jsonResponse(serializeEndpoint(endpointOr404(ctx)));
}

async function updateEndpoint(ctx: RequestContext): Promise<Response> {
  const store = endpointStoreOf(ctx.runtime.store);
  const body = bodyObject(ctx.body);
  const errors = new FieldErrors();
  if (typeof body.name === 'string' && body.name.trim() === '') errors.add('name', 'must not be empty');
  errors.throwIfAny();
  const wanted = (endpoint: EndpointRecord) => {
    const authentication =
      body.authentication === 'none' || body.authentication === 'token' ? body.authentication : endpoint.authentication;
    const allowDelete = typeof body.allow_delete === 'boolean' ? body.allow_delete : endpoint.allow_delete;
    const methods: EndpointMethod[] =
      authentication === 'token' ? (allowDelete ? ['GET', 'POST', 'DELETE'] : ['GET', 'POST']) : [];
    return { authentication, allowDelete, methods };
  };
  // Mint every value that may be needed, then re-read: the endpoint may have been deleted or changed during the await.
  const minted = new Map<EndpointMethod, MintedEndpointValue>();
  let endpoint = endpointOr404(ctx);
  for (;;) {
    const current = endpoint;
    const missing = wanted(current).methods.filter((m) => !current.primary.has(m) && !minted.has(m));
    if (missing.length === 0) break;
    for (const [method, value] of await mintFor(missing)) minted.set(method, value);
    endpoint = endpointOr404(ctx);
  }
  // From here on: synchronous.
  const target = wanted(endpoint);
  const fields: string[] = [];
  if (typeof body.name === 'string') {
    endpoint.name = body.name.trim();
    fields.push('name');
  }
  if (body.description !== undefined) {
    endpoint.description = typeof body.description === 'string' ? body.description : null;
    fields.push('description');
  }
  if (body.authentication !== undefined) fields.push('authentication');
  if (body.allow_delete !== undefined) fields.push('allow_delete');
  endpoint.authentication = target.authentication;
  endpoint.allow_delete = target.allowDelete;
  const deleted: { id: string; method: EndpointMethod }[] = [];
  for (const method of [...endpoint.primary.keys()]) {
    if (target.methods.includes(method)) continue;
    const removed = store.removePrimary(endpoint, method);
    if (removed) deleted.push({ id: removed.id, method });
  }
  const full = new Map<EndpointMethod, string>();
  const generated: { id: string; method: EndpointMethod }[] = [];
  for (const method of target.methods) {
    if (endpoint.primary.has(method)) continue;
    const value = minted.get(method)!;
    const token = store.setPrimary(endpoint, method, value, ctx.actor);
    full.set(method, value.value);
    generated.push({ id: token.id, method });
  }
  store.touchEndpoint(endpoint, ctx.actor);
  endpointAudit(ctx, 'endpoint.updated', {
    endpoint_id: endpoint.id,
    fields,
    ...(generated.length > 0 ? { primary_tokens_generated: generated } : {}),
    ...(deleted.length > 0 ? { primary_tokens_deleted: deleted } : {}),
  });
  return jsonResponse(serializeEndpoint(endpoint, full));
}

function deleteEndpoint(ctx: RequestContext): Response {
  const endpoint = endpointOr404(ctx);
  endpointStoreOf(ctx.runtime.store).deleteEndpoint(endpoint.id);
  endpointAudit(ctx, 'endpoint.deleted', { endpoint_id: endpoint.id, name: endpoint.name });
  return noContent();
}

function listPrimaryTokens(ctx: RequestContext): Response {
  const endpoint = endpointOr404(ctx);
  return listResponse(ctx, serializeEndpoint(endpoint).primary_tokens);
}

function methodParam(ctx: RequestContext): EndpointMethod {
  const method = ctx.params.method ?? '';
  if (method !== 'GET' && method !== 'POST' && method !== 'DELETE')
    throw new ApiError('VAL_001', 'method: must be one of "GET", "POST", "DELETE"');
  return method;
}

async function regeneratePrimary(ctx: RequestContext): Promise<Response> {
  const store = endpointStoreOf(ctx.runtime.store);
  const method = methodParam(ctx);
  const noToken = () => notFound(`Endpoint ${ctx.params.id ?? ''} has no ${method} primary token`);
  if (!endpointOr404(ctx).primary.has(method)) throw noToken();
  const minted = await mintEndpointValue();
  const endpoint = endpointOr404(ctx);
  if (!endpoint.primary.has(method)) throw noToken();
  const token = store.setPrimary(endpoint, method, minted, ctx.actor);
  endpointAudit(ctx, 'endpoint_token.regenerated', {
    endpoint_id: endpoint.id,
    endpoint_token_id: token.id,
    kind: 'primary',
    method,
  });
  return jsonResponse(serializePrimaryToken(token, minted.value));
}

/** Routes of this file. */
export const endpointRoutes: Record<string, RouteImplementation> = {
  'GET /integrations/endpoints': { handle: listEndpoints },
  'POST /integrations/endpoints': { handle: createEndpoint },
  'GET /integrations/endpoints/{id}': { handle: getEndpoint },
  'PUT /integrations/endpoints/{id}': { handle: updateEndpoint },
  'DELETE /integrations/endpoints/{id}': { handle: deleteEndpoint },
  'GET /integrations/endpoints/{id}/tokens': { handle: listPrimaryTokens },
  'POST /integrations/endpoints/{id}/tokens/{method}/regenerate': { handle: regeneratePrimary },
};
