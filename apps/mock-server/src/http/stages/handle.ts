/**
 * Stage 11 (last): the route's handler, with a `ctx` of everything the earlier stages established. Its exceptions
 * become error responses here, not in `recover`, so that `idempotency` stores what the client got.
 */
import { toErrorResponse } from '../errors';
import type { Stage } from './exchange';
import { HandlerContext } from './handler-context';

export const handle: Stage = async (exchange) => {
  const { operation, params, implementation } = exchange.resolved();
  const { runtime } = exchange;
  const ctx = new HandlerContext(exchange.request, {
    requestId: exchange.requestId,
    ip: exchange.ip,
    method: exchange.method,
    path: exchange.path,
    url: exchange.url,
    operation,
    params,
    token: exchange.token,
    secret: exchange.secret,
    actor: exchange.actor,
    list: exchange.list,
    body: exchange.body,
    runtime,
  });
  try {
    return await implementation.handle(ctx);
  } catch (error) {
    return toErrorResponse(error, runtime.onUnexpectedError);
  }
};
