/**
 * `/integrations/endpoint-tokens`: secondary endpoint tokens (module MD-0007). They belong to the account (name:
 * recommended, the application's name), can call nothing until mapped to an endpoint, and are listed `active` only
 * unless the query filters on `status`.
 */
import type { RqlNode } from '@connect-tokens/protocol';
import type { RequestContext, RouteImplementation } from '../http/context';
import { jsonResponse, noContent } from '../http/errors';
import { listResponse } from '../http/list';
import { endpointStoreOf, mintEndpointValue } from '../store/endpoint-store';
import { bodyObject, FieldErrors } from './body';
import { endpointAudit, endpointTokenOr404, serializeEndpointToken } from './endpoint-serializers';

/** Whether an RQL filter mentions `field` anywhere. */
function mentions(node: RqlNode | undefined, field: string): boolean {
  if (!node) return false;
  if ('args' in node) return node.args.some((arg) => mentions(arg, field));
  if ('arg' in node) return mentions(node.arg, field);
  return node.field === field;
}

function listEndpointTokens(ctx: RequestContext): Response {
  const tokens = endpointStoreOf(ctx.runtime.store).listSecondary();
  // Without any `status` filter only active tokens are listed (the spec's default).
  const filtered = mentions(ctx.list?.parsed.filter, 'status') ? tokens : tokens.filter((t) => t.status === 'active');
  return listResponse(
    ctx,
    filtered.map((t) => serializeEndpointToken(t)),
  );
}

async function createEndpointToken(ctx: RequestContext): Promise<Response> {
  const body = bodyObject(ctx.body);
  const errors = new FieldErrors();
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  if (name === '') errors.add('name', 'must not be empty');
  errors.throwIfAny();
  const minted = await mintEndpointValue();
  const token = endpointStoreOf(ctx.runtime.store).createSecondary(
    { name, description: typeof body.description === 'string' ? body.description : null },
    minted,
    ctx.actor,
  );
  endpointAudit(ctx, 'endpoint_token.created', { endpoint_token_id: token.id, kind: 'secondary', name: token.name });
  return jsonResponse(serializeEndpointToken(token, minted.value), 201);
}

function getEndpointToken(ctx: RequestContext): Response {
  return jsonResponse(serializeEndpointToken(endpointTokenOr404(ctx)));
}

function updateEndpointToken(ctx: RequestContext): Response {
  const token = endpointTokenOr404(ctx);
  const body = bodyObject(ctx.body);
  const errors = new FieldErrors();
  if (typeof body.name === 'string' && body.name.trim() === '') errors.add('name', 'must not be empty');
  errors.throwIfAny();
  const fields: string[] = [];
  if (typeof body.name === 'string') {
    token.name = body.name.trim();
    fields.push('name');
  }
  if (body.description !== undefined) {
    token.description = typeof body.description === 'string' ? body.description : null;
    fields.push('description');
  }
  const previousStatus = token.status;
  if (body.status === 'active' || body.status === 'inactive') {
    token.status = body.status;
    fields.push('status');
  }
  endpointStoreOf(ctx.runtime.store).touchSecondary(token, ctx.actor);
  endpointAudit(ctx, 'endpoint_token.updated', {
    endpoint_token_id: token.id,
    kind: 'secondary',
    fields,
    ...(previousStatus !== token.status ? { status: token.status, previous_status: previousStatus } : {}),
  });
  return jsonResponse(serializeEndpointToken(token));
}

function deleteEndpointToken(ctx: RequestContext): Response {
  const token = endpointTokenOr404(ctx);
  endpointStoreOf(ctx.runtime.store).deleteSecondary(token.id);
  endpointAudit(ctx, 'endpoint_token.deleted', { endpoint_token_id: token.id, kind: 'secondary', name: token.name });
  return noContent();
}

async function regenerateEndpointToken(ctx: RequestContext): Promise<Response> {
  endpointTokenOr404(ctx);
  const minted = await mintEndpointValue();
  // Re-read after the await: the token may have been deleted meanwhile.
  const token = endpointTokenOr404(ctx);
  endpointStoreOf(ctx.runtime.store).replaceSecondaryValue(token, minted, ctx.actor);
  endpointAudit(ctx, 'endpoint_token.regenerated', { endpoint_token_id: token.id, kind: 'secondary' });
  return jsonResponse(serializeEndpointToken(token, minted.value));
}

/** Routes of this file. */
export const endpointTokenRoutes: Record<string, RouteImplementation> = {
  'GET /integrations/endpoint-tokens': { handle: listEndpointTokens },
  'POST /integrations/endpoint-tokens': { handle: createEndpointToken },
  'GET /integrations/endpoint-tokens/{id}': { handle: getEndpointToken },
  'PUT /integrations/endpoint-tokens/{id}': { handle: updateEndpointToken },
  'DELETE /integrations/endpoint-tokens/{id}': { handle: deleteEndpointToken },
  'POST /integrations/endpoint-tokens/{id}/regenerate': { handle: regenerateEndpointToken },
};
