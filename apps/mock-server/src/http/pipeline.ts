/**
 * The request pipeline every API request goes through, in this order:
 *
 * 1. request id (`X-Request-Id`: the client's if sane, else a new one) and client IP
 * 2. injected faults (latency, 429/500/503, connection reset), seeded per route
 * 3. route match against the spec (404 GEN_404 / 405 GEN_405)
 * 4. body size, for operations that take a body (1 MiB → 413 GEN_413; other bodies are ignored unread)
 * 5. authentication and access rules (401/403/429 AUTH_*; see `authenticate.ts` and `access-rules.ts`)
 * 6. `Idempotency-Key` on POST (replay / 409 IDEM_001)
 * 7. content type (415 GEN_415), JSON parse and body schema (400 VAL_001)
 * 8. query: `limit`/`offset` (400 VAL_001) and RQL against the spec's `x-rql` (400 RQL_001)
 * 9. the handler; an unexpected exception becomes 500 GEN_500
 * 10. accounting: `last_access`, statistics by status, request log
 *
 * Authentication runs before body and query validation so that an anonymous caller learns nothing about the API
 * beyond which routes exist.
 */
import { HttpResponse, delay } from 'msw';
import { ErrorCodes, type ErrorCode } from '@connect-tokens/protocol';
import type { ActorRef, SecretRecord, TokenRecord } from '../store/types';
import { sha256Hex } from '../crypto/secrets';
import { idempotencyLookup, openResponse, sealResponse, type IdempotencyLookup } from '../store/idempotency-cache';
import { authenticate } from './authenticate';
import { clientIpOf } from './client-ip';
import { fetchRequestOf, parsedUrlOf, type PipelineRequest } from './deferred-request';
import type { PlatformRuntime, RequestContext } from './context';
import { ApiError, errorResponse } from './errors';
import { setResponseHeader } from './string-body-response';
import { faultsFor, rollFaults } from './faults';
import { compileListQuery } from './list';

/** Largest accepted request body. */
export const MAX_BODY_BYTES = 1024 * 1024;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function newRequestId(): string {
  return `req-${globalThis.crypto.randomUUID()}`;
}

function withHeader(response: Response, name: string, value: string): Response {
  // Responses built by MSW or `new Response` may have immutable headers after a clone; rebuild when needed.
  try {
    setResponseHeader(response, name, value);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set(name, value);
    return copy;
  }
}

/** Stateless when not streaming, so one serves every request. */
const UTF8 = new TextDecoder();

function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = value.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

async function readBody(request: PipelineRequest): Promise<{ bytes: Uint8Array } | { tooLarge: true }> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > MAX_BODY_BYTES) return { tooLarge: true };
  if (!request.body) return { bytes: new Uint8Array(0) };
  // Read incrementally so an endless or lying body is cut off at the limit instead of filling memory.
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      // Not awaited: when MSW has cloned the request (`getResponse`), the body is one branch of a tee and cancelling it
      // only settles once the other branch is read or cancelled too, which may never happen.
      void reader.cancel().catch(() => undefined);
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes };
}

/**
 * A handler's `ctx`, whose `request` is built on first use when the adapter deferred it (see `deferred-request.ts`),
 * then the same object every time. A class, not an object literal with a getter: V8 gives each such literal its own
 * hidden class holding the getter's closure, which kept every request's objects alive until a full GC.
 */
class HandlerContext implements RequestContext {
  readonly #source: PipelineRequest;
  readonly requestId: string;
  readonly ip: string;
  readonly method: string;
  readonly path: string;
  readonly url: URL;
  readonly operation: RequestContext['operation'];
  readonly params: RequestContext['params'];
  readonly token: RequestContext['token'];
  readonly secret: RequestContext['secret'];
  readonly actor: RequestContext['actor'];
  readonly list: RequestContext['list'];
  readonly body: unknown;
  readonly runtime: PlatformRuntime;

  constructor(source: PipelineRequest, fields: Omit<RequestContext, 'request'>) {
    this.#source = source;
    this.requestId = fields.requestId;
    this.ip = fields.ip;
    this.method = fields.method;
    this.path = fields.path;
    this.url = fields.url;
    this.operation = fields.operation;
    this.params = fields.params;
    this.token = fields.token;
    this.secret = fields.secret;
    this.actor = fields.actor;
    this.list = fields.list;
    this.body = fields.body;
    this.runtime = fields.runtime;
  }

  get request(): Request {
    return fetchRequestOf(this.#source);
  }
}

/** The anonymous actor, for routes without authentication. */
const ANONYMOUS: ActorRef = { id: 'anonymous', name: 'Anonymous' };

/**
 * Handles one request addressed to the API base. Always resolves to a `Response` (status 0 = drop the connection);
 * never throws.
 */
export async function handleApiRequest(runtime: PlatformRuntime, request: PipelineRequest): Promise<Response> {
  const started = Date.now();
  const incomingId = request.headers.get('x-request-id');
  const requestId = incomingId && REQUEST_ID.test(incomingId) ? incomingId : newRequestId();
  const ip = clientIpOf(request);
  const url = parsedUrlOf(request);
  const method = request.method.toUpperCase();
  const path = url.pathname.startsWith(runtime.basePath) ? url.pathname.slice(runtime.basePath.length) || '/' : url.pathname;

  // Filled in by `run()`; an object rather than `let`s so TypeScript does not narrow them across the closure.
  const state: { token: TokenRecord | null; authenticated: boolean; denial: string | undefined } = {
    token: null,
    authenticated: false,
    denial: undefined,
  };
  let response: Response;
  try {
    response = await run();
  } catch (error) {
    response = toErrorResponse(error, runtime);
  }

  // Accounting: every response of an identified token counts in its statistics; `last_access` only moves on calls
  // that passed authentication. Tokens deleted by this very request are skipped.
  const token = state.token;
  if (token && response.status !== 0 && runtime.store.tokens.get(token.id) === token) {
    runtime.store.statistics.count(token.id, response.status, state.denial);
    if (state.authenticated) token.last_access = { at: runtime.clock.iso(), ip };
  }
  if (response.status === 0) return response;
  response = withHeader(response, 'x-request-id', requestId);
  if (runtime.log) {
    let errorCode: string | null = null;
    if (response.status >= 400) {
      try {
        const body = (await response.clone().json()) as { error_code?: unknown };
        errorCode = typeof body.error_code === 'string' ? body.error_code : null;
      } catch {
        errorCode = null;
      }
    }
    runtime.log({ requestId, method, path, status: response.status, durationMs: Date.now() - started, tokenId: token?.id ?? null, ip, errorCode });
  }
  return response;

  async function run(): Promise<Response> {
    const match = runtime.router.match(method, path);
    const template = match.kind === 'found' ? match.operation.path : path;

    const faults = faultsFor(runtime.faults, method, template);
    if (faults) {
      if (faults.latencyMs) await delay(faults.latencyMs);
      const outcome = rollFaults(faults, runtime.faultRandom.next());
      if (outcome.kind === 'reset') return HttpResponse.error();
      if (outcome.kind === 'status') {
        const code: ErrorCode = outcome.status === 429 ? 'AUTH_008' : outcome.status === 500 ? 'GEN_500' : 'GEN_503';
        const headers: Record<string, string> = outcome.status === 500 ? {} : { 'retry-after': String(outcome.retryAfterS) };
        return errorResponse(code, `${ErrorCodes[code].title} (injected fault).`, headers);
      }
    }

    if (match.kind === 'not-found') return errorResponse('GEN_404', `No route for ${method} ${path}.`);
    if (match.kind === 'method-not-allowed') {
      return errorResponse('GEN_405', `Method ${method} is not allowed on ${path}.`, { allow: match.allowed.join(', ') });
    }
    const { operation, params } = match;
    const implementation = runtime.routes.get(`${operation.method} ${operation.path}`);
    if (!implementation) {
      // In the spec but not (yet) in the emulator: a documented `default` (5xx) answer rather than a 404 the spec
      // does not list, and no Retry-After, since retrying will not help.
      return errorResponse('GEN_503', `${operation.method} ${operation.path} (${operation.operationId}) is not implemented by the emulator.`);
    }

    // Only operations that take a body read it (and can answer 413); any other body is ignored unread, as the spec
    // documents 413/415 only where there is a request body.
    let bytes: Uint8Array = new Uint8Array(0);
    if (operation.requestSchema) {
      const read = await readBody(request);
      if ('tooLarge' in read) return errorResponse('GEN_413', `Request body is larger than ${MAX_BODY_BYTES} bytes.`);
      bytes = read.bytes;
    }

    let actor: ActorRef = ANONYMOUS;
    let secret: SecretRecord | null = null;
    const auth = implementation.auth ?? 'token';
    if (auth === 'token') {
      const outcome = await authenticate(runtime, request, { method, path, ip, module: operation.module }, requestId);
      state.token = outcome.token;
      if (!outcome.ok) {
        state.denial = outcome.code;
        return outcome.response;
      }
      state.authenticated = true;
      secret = outcome.secret;
      actor = { id: outcome.token.id, name: outcome.token.name };
    } else if (auth !== 'none') {
      actor = await auth(fetchRequestOf(request), runtime, ip);
    }

    // A path parameter that cannot be valid (wrong id format) names an object that cannot exist: 404, like any
    // unknown id, and before any handler has to cope with it.
    for (const parameter of operation.parameters) {
      if (parameter.in !== 'path' || parameter.schemaPointer === undefined) continue;
      const value = params[parameter.name];
      if (value === undefined || !runtime.validator.validate(parameter.schemaPointer, value).ok) {
        return errorResponse('GEN_404', `No object ${JSON.stringify(value ?? '')} (${parameter.name}) at ${operation.path}.`);
      }
    }

    const bodyText = bytes.byteLength === 0 ? '' : UTF8.decode(bytes);
    const idempotencyKey = method === 'POST' ? request.headers.get('idempotency-key') : null;
    let idempotency: { lookup: IdempotencyLookup; key: string } | undefined;
    if (idempotencyKey !== null) {
      if (!/^[\x21-\x7e]{1,255}$/.test(idempotencyKey)) {
        return errorResponse('VAL_001', 'Idempotency-Key: must be 1 to 255 printable ASCII characters');
      }
      const scope = state.token?.id ?? actor.id;
      const fingerprint = `${method} ${path}${url.search}\n${await sha256Hex(bodyText)}`;
      const lookup = await idempotencyLookup(scope, idempotencyKey, fingerprint);
      const cached = runtime.store.idempotency.begin(lookup);
      if (cached.kind === 'conflict') {
        return errorResponse('IDEM_001', 'This Idempotency-Key was already used with a different request.');
      }
      if (cached.kind === 'in-flight') {
        return errorResponse('GEN_409', 'A request with this Idempotency-Key is still being processed.');
      }
      if (cached.kind === 'replay') {
        // The key hash matched, so the same key opens it; a failure here would be a bug (or a SHA-256 collision).
        const stored = await openResponse(idempotencyKey, cached.response);
        if (!stored) return errorResponse('IDEM_001', 'This Idempotency-Key was already used with a different request.');
        const replay = new Response(stored.status === 204 ? null : stored.body, { status: stored.status, headers: stored.headers });
        replay.headers.set('idempotent-replayed', 'true');
        return replay;
      }
      idempotency = { lookup, key: idempotencyKey };
    }

    let result: Response;
    try {
      result = await handleOperation(bodyText, operation, params, actor, secret);
    } catch (error) {
      result = toErrorResponse(error, runtime);
    }
    if (idempotency) {
      const body = result.status === 204 ? '' : await result.clone().text();
      const sealed = await sealResponse(idempotency.key, {
        status: result.status,
        headers: [...result.headers.entries()].filter(([name]) => name !== 'x-request-id'),
        body,
      });
      runtime.store.idempotency.complete(idempotency.lookup, sealed);
    }
    return result;
  }

  async function handleOperation(
    bodyText: string,
    operation: NonNullable<ReturnType<PlatformRuntime['spec']['byId']['get']>>,
    params: Record<string, string>,
    actor: ActorRef,
    secret: SecretRecord | null,
  ): Promise<Response> {
    let body: unknown;
    const hasBody = bodyText.trim().length > 0;
    if (hasBody) {
      if (!operation.requestSchema) {
        // The operation takes no body (GET, DELETE, activate, ...): whatever was sent is ignored, as most servers do,
        // rather than answered with an error the spec does not document for it.
        body = undefined;
      } else {
        if (!isJsonContentType(request.headers.get('content-type'))) {
          return errorResponse('GEN_415', `Content-Type must be application/json, got ${JSON.stringify(request.headers.get('content-type') ?? '')}.`);
        }
        try {
          body = JSON.parse(bodyText) as unknown;
        } catch (error) {
          return errorResponse('VAL_001', `body: invalid JSON (${error instanceof Error ? error.message : 'parse error'})`);
        }
      }
    }
    if (operation.requestSchema) {
      if (body === undefined && operation.requestRequired) return errorResponse('VAL_001', 'body: a JSON body is required');
      if (body !== undefined) {
        const result = runtime.validator.validate(operation.requestSchema, body);
        if (!result.ok) return errorResponse('VAL_001', result.errors);
      }
    }

    const list = operation.rql ? compileListQuery(url, operation.rql) : undefined;
    const ctx = new HandlerContext(request, {
      requestId,
      ip,
      method,
      path,
      url,
      operation,
      params,
      token: state.token,
      secret,
      actor,
      list,
      body,
      runtime,
    });
    const implementation = runtime.routes.get(`${operation.method} ${operation.path}`)!;
    return await implementation.handle(ctx);
  }
}

/** Any thrown value → an error response; unknown exceptions are 500 GEN_500 (and a bug). */
export function toErrorResponse(error: unknown, runtime?: PlatformRuntime): Response {
  if (error instanceof ApiError) return errorResponse(error.code, error.messages, error.headers);
  if (error instanceof Response) return error;
  runtime?.onUnexpectedError?.(error);
  return errorResponse('GEN_500', 'Unexpected server error.');
}
