/**
 * The data path of an endpoint (`/integrations/endpoints/{id}/data`) and its data viewer
 * (`/integrations/endpoints/{id}/records`).
 *
 * The data path does not use API tokens: {@link authenticateEndpointCall} is a `CustomAuthenticator` that reads the
 * `X-Endpoint-Token` header (nothing when the endpoint's `authentication` is `none`) and decides, in this order:
 *
 * 1. unknown endpoint → 404 GEN_404 (nothing to record it on);
 * 2. `DELETE` while `allow_delete` is off → 405 GEN_405;
 * 3. missing, malformed or unknown value, or an inactive secondary token → 401 EPT_001;
 * 4. a primary token of another endpoint or method → 403 EPT_002;
 * 5. a secondary token: an enabled mapping to this endpoint and method admits it; a mapping switched off → 401
 *    EPT_001 (the token is valid, but that application is cut off); no mapping → 403 EPT_002.
 *
 * Every rejected call is recorded (data viewer), counted in the statistics of the token that was named, and audited as
 * `endpoint.access_denied` with the error code, like API-token denials. Accepted calls are recorded by the handlers
 * and notified to `endpoint_record` webhooks (`endpoint_record.created`). Calls rejected by the pipeline after
 * authentication (malformed JSON, 415, 413) are not recorded: the handler never sees them.
 */
import type { ErrorCode } from '@connect-tokens/protocol';
import type { ActorRef } from '../store/types';
import type { CustomAuthenticator, PlatformRuntime, RequestContext, RouteImplementation } from '../http/context';
import { ApiError, jsonResponse, noContent } from '../http/errors';
import { listResponse } from '../http/list';
import {
  ENDPOINT_TOKEN_LENGTH,
  endpointStoreOf,
  type EndpointCallRecord,
  type EndpointMethod,
  type EndpointRecord,
  type ResolvedEndpointToken,
} from '../store/endpoint-store';
import { ENDPOINT_RECORD_CREATED } from '../webhooks/events';
import { webhooksOf } from '../webhooks/delivery';
import { endpointOr404, serializeDocument, serializeEndpointRecord } from './endpoint-serializers';

/** The header carrying an endpoint token (the spec's `EndpointToken` scheme). */
export const ENDPOINT_TOKEN_HEADER = 'x-endpoint-token';

const DATA_PATH = /^\/integrations\/endpoints\/([^/]+)\/data\/?$/;
const VALUE = new RegExp(`^[A-Za-z0-9]{${ENDPOINT_TOKEN_LENGTH}}$`);

/** What the authenticator decided, for the handler of the same request. */
interface EndpointCaller {
  endpoint: EndpointRecord;
  token: EndpointCallRecord['token'];
}
const callers = new WeakMap<Request, EndpointCaller>();

const ANONYMOUS: ActorRef = { id: 'anonymous', name: 'Anonymous' };

function recordToken(resolved: ResolvedEndpointToken): NonNullable<EndpointCallRecord['token']> {
  return resolved.kind === 'primary'
    ? { id: resolved.token.id, kind: 'primary', name: `${resolved.token.method} primary token` }
    : { id: resolved.token.id, kind: 'secondary', name: resolved.token.name };
}

function endpointIdOf(request: Request, runtime: PlatformRuntime): string {
  const url = new URL(request.url);
  const path = url.pathname.startsWith(runtime.basePath) ? url.pathname.slice(runtime.basePath.length) : url.pathname;
  const match = DATA_PATH.exec(path);
  if (!match) return '';
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return '';
  }
}

/** The `CustomAuthenticator` of the data path (see the file comment for the order of checks). */
export const authenticateEndpointCall: CustomAuthenticator = async (request, runtime, ip) => {
  const store = endpointStoreOf(runtime.store);
  const endpointId = endpointIdOf(request, runtime);
  const method = request.method.toUpperCase() as EndpointMethod;
  const path = new URL(request.url).pathname;
  const found = store.getEndpoint(endpointId);
  if (!found) throw new ApiError('GEN_404', `Endpoint ${endpointId} not found`);

  const reject = (
    endpoint: EndpointRecord,
    code: ErrorCode,
    message: string,
    token: EndpointCallRecord['token'],
    reason: string,
    headers: Record<string, string> = {},
  ): never => {
    const error = new ApiError(code, message, headers);
    store.addRecord(endpoint, { method, ip, token, status: error.status, error_code: code, body: null });
    if (token) runtime.store.statistics.count(token.id, error.status, code);
    if (code === 'EPT_001' || code === 'EPT_002') {
      runtime.store.audit.record({
        type: 'endpoint.access_denied',
        actor: null,
        token: null,
        ip,
        reason: code,
        details: {
          endpoint_id: endpoint.id,
          method,
          path,
          message,
          reason,
          ...(token
            ? { endpoint_token_id: token.id, endpoint_token_kind: token.kind, endpoint_token_name: token.name }
            : {}),
          ...(request.headers.get('x-request-id') ? { request_id: request.headers.get('x-request-id') } : {}),
        },
      });
    }
    throw error;
  };

  if (method === 'DELETE' && !found.allow_delete) {
    reject(
      found,
      'GEN_405',
      `DELETE is not allowed on endpoint ${found.id}: allow_delete is off.`,
      null,
      'delete_not_allowed',
      { allow: 'GET, POST' },
    );
  }
  if (found.authentication === 'none') {
    callers.set(request, { endpoint: found, token: null });
    return ANONYMOUS;
  }

  const value = request.headers.get(ENDPOINT_TOKEN_HEADER)?.trim() ?? '';
  if (value === '') reject(found, 'EPT_001', 'Endpoint token was not provided (X-Endpoint-Token).', null, 'missing');
  if (!VALUE.test(value)) reject(found, 'EPT_001', 'Invalid endpoint token.', null, 'malformed');
  const resolved = await store.resolve(value);
  // Re-read after the await: the endpoint may have been deleted or changed meanwhile.
  const endpoint = store.getEndpoint(endpointId);
  if (!endpoint) throw new ApiError('GEN_404', `Endpoint ${endpointId} not found`);
  if (!resolved) return reject(endpoint, 'EPT_001', 'Invalid endpoint token.', null, 'unknown_token');
  const token = recordToken(resolved);

  if (resolved.kind === 'primary') {
    if (resolved.token.endpointId !== endpoint.id || resolved.token.method !== method) {
      reject(
        endpoint,
        'EPT_002',
        `Endpoint token ${token.id} may not call ${method} on ${endpoint.id}.`,
        token,
        'wrong_endpoint_or_method',
      );
    }
  } else {
    if (resolved.token.status !== 'active')
      reject(endpoint, 'EPT_001', `Endpoint token ${token.id} is inactive.`, token, 'inactive');
    const mapping = store.findMapping(endpoint.id, resolved.token.id, method);
    // The mapping must also still point at an existing primary token for this method.
    if (!mapping || !endpoint.primary.has(method)) {
      reject(
        endpoint,
        'EPT_002',
        `Endpoint token ${token.id} may not call ${method} on ${endpoint.id}.`,
        token,
        'no_mapping',
      );
    } else if (!mapping.enabled) {
      reject(
        endpoint,
        'EPT_001',
        `The mapping of endpoint token ${token.id} to ${method} on ${endpoint.id} is switched off.`,
        token,
        'mapping_disabled',
      );
    }
  }
  callers.set(request, { endpoint, token });
  return { id: token.id, name: token.name };
};

/** Records an accepted call, counts it, and notifies `endpoint_record` webhooks. */
function recordAccepted(ctx: RequestContext, status: number, body: Record<string, unknown> | null): EndpointCallRecord {
  const caller = callerOf(ctx);
  const store = endpointStoreOf(ctx.runtime.store);
  const record = store.addRecord(caller.endpoint, {
    method: ctx.method as EndpointMethod,
    ip: ctx.ip,
    token: caller.token,
    status,
    error_code: null,
    body,
  });
  if (caller.token) ctx.runtime.store.statistics.count(caller.token.id, status);
  webhooksOf(ctx.runtime).emit(ENDPOINT_RECORD_CREATED, record.at, serializeEndpointRecord(record));
  return record;
}

function callerOf(ctx: RequestContext): EndpointCaller {
  const caller = callers.get(ctx.request);
  if (!caller) throw new Error('endpoint data handler ran without its authenticator');
  // The endpoint may have been deleted between authentication and the handler (body reading awaits).
  if (endpointStoreOf(ctx.runtime.store).getEndpoint(caller.endpoint.id) !== caller.endpoint) {
    throw new ApiError('GEN_404', `Endpoint ${caller.endpoint.id} not found`);
  }
  return caller;
}

function getData(ctx: RequestContext): Response {
  const caller = callerOf(ctx);
  const response = listResponse(ctx, [...caller.endpoint.documents].reverse().map(serializeDocument));
  recordAccepted(ctx, response.status, null);
  return response;
}

function postData(ctx: RequestContext): Response {
  const caller = callerOf(ctx);
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const record = recordAccepted(ctx, 201, body);
  const document = endpointStoreOf(ctx.runtime.store).addDocument(
    caller.endpoint,
    record.id,
    record.at,
    structuredClone(body),
  );
  return jsonResponse(serializeDocument(document), 201);
}

function deleteData(ctx: RequestContext): Response {
  const caller = callerOf(ctx);
  caller.endpoint.documents = [];
  recordAccepted(ctx, 204, null);
  return noContent();
}

function listRecords(ctx: RequestContext): Response {
  const endpoint = endpointOr404(ctx);
  return listResponse(ctx, [...endpoint.records].reverse().map(serializeEndpointRecord));
}

/** Routes of this file. */
export const endpointDataRoutes: Record<string, RouteImplementation> = {
  'GET /integrations/endpoints/{id}/records': { handle: listRecords },
  'GET /integrations/endpoints/{id}/data': { handle: getData, auth: authenticateEndpointCall },
  'POST /integrations/endpoints/{id}/data': { handle: postData, auth: authenticateEndpointCall },
  'DELETE /integrations/endpoints/{id}/data': { handle: deleteData, auth: authenticateEndpointCall },
};
