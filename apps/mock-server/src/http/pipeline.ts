/**
 * The request pipeline every API request goes through: one list of stages, one module each (`stages/`), composed in
 * order; each stage either answers or hands over to the rest with `next()` (see `stages/compose.ts`).
 *
 * Authentication runs before body and query validation so that an anonymous caller learns nothing about the API
 * beyond which routes exist; the body is read (and its size limited) before authentication so that a credential
 * failure cannot leave an unread upload on a kept-alive connection.
 */
import type { PlatformRuntime } from './context';
import { parsedUrlOf, type PipelineRequest } from './deferred-request';
import { toErrorResponse } from './errors';
import { accounting } from './stages/accounting';
import { authenticateCaller } from './stages/authenticate-caller';
import { compose } from './stages/compose';
import { ApiExchange, type Stage } from './stages/exchange';
import { handle } from './stages/handle';
import { idempotency } from './stages/idempotency';
import { injectFaults } from './stages/inject-faults';
import { readBody } from './stages/read-body';
import { recover } from './stages/recover';
import { requestId } from './stages/request-id';
import { respond } from './stages/respond';
import { route } from './stages/route';
import { validate } from './stages/validate';

/** The stages, in the order a request meets them. */
export const API_STAGES: readonly Stage[] = [
  requestId, // X-Request-Id and client IP
  respond, // response headers and the request log, around everything below
  accounting, // statistics and last_access, around everything below
  recover, // thrown errors → error responses
  route, // canonical path, route lookup (404/405/503)
  injectFaults, // configured latency, 429/500/503, resets
  readBody, // body within limits (413)
  authenticateCaller, // credentials, access rules, rate limit (401/403/429)
  validate, // path ids, content type, JSON depth, lenient body, schema, list query (404/415/400)
  idempotency, // Idempotency-Key replay/conflict, stores the answer
  handle, // the route's handler
];

const runStages = compose(API_STAGES);

/**
 * Handles one request addressed to the API base. Always resolves to a `Response` (status 0 = drop the connection);
 * never throws.
 */
export async function handleApiRequest(runtime: PlatformRuntime, request: PipelineRequest): Promise<Response> {
  try {
    return await runStages(new ApiExchange(runtime, request, parsedUrlOf(request), ''));
  } catch (error) {
    return toErrorResponse(error, runtime.onUnexpectedError);
  }
}
