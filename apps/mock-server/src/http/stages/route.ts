/**
 * Stage 5: the canonical path (see `canonical-path.ts`) and the route, looked up once: 404 GEN_404 for no route,
 * 405 GEN_405 with `Allow`, 503 GEN_503 for an operation of the spec the emulator does not implement. Every later
 * stage (faults, access rules, the handler, the log) sees the canonical path and the router's decoded parameters.
 */
import { canonicalPath } from '../canonical-path';
import { errorResponse } from '../errors';
import type { Stage } from './exchange';

export const route: Stage = async (exchange, next) => {
  const { runtime, method } = exchange;
  const path = canonicalPath(exchange.path);
  exchange.path = path;
  const match = runtime.router.match(method, path);
  if (match.kind === 'not-found') return errorResponse('GEN_404', `No route for ${method} ${path}.`);
  if (match.kind === 'method-not-allowed') {
    return errorResponse('GEN_405', `Method ${method} is not allowed on ${path}.`, { allow: match.allowed.join(', ') });
  }
  const { operation, params } = match;
  const implementation = runtime.routes.get(`${operation.method} ${operation.path}`);
  if (!implementation) {
    // In the spec but not (yet) in the emulator: a documented `default` (5xx) answer rather than a 404 the spec
    // does not list, and no Retry-After, since retrying will not help.
    return errorResponse(
      'GEN_503',
      `${operation.method} ${operation.path} (${operation.operationId}) is not implemented by the emulator.`,
    );
  }
  exchange.route = { operation, params, implementation };
  return next();
};
