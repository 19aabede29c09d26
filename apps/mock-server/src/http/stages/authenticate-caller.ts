/**
 * Stage 8: who is calling. API-token routes go through `../authenticate.ts` (ban, credential, then the access rules
 * and rate limit of `../access-rules.ts`, against the canonical path); custom authenticators (endpoint tokens) name
 * their actor; `auth: 'none'` routes are anonymous. Runs before body and query validation, so an anonymous caller
 * learns nothing about the API beyond which routes exist.
 */
import { authenticate } from '../authenticate';
import { fetchRequestOf } from '../deferred-request';
import type { Stage } from './exchange';

export const authenticateCaller: Stage = async (exchange, next) => {
  const { runtime } = exchange;
  const { operation, implementation } = exchange.resolved();
  const auth = implementation.auth ?? 'token';
  if (auth === 'token') {
    const attempt = { method: exchange.method, path: exchange.path, ip: exchange.ip, module: operation.module };
    const outcome = await authenticate(runtime, exchange.request, attempt, exchange.requestId);
    exchange.token = outcome.token;
    if (!outcome.ok) {
      exchange.denial = outcome.code;
      return outcome.response;
    }
    exchange.authenticated = true;
    exchange.secret = outcome.secret;
    exchange.actor = { id: outcome.token.id, name: outcome.token.name };
  } else if (auth !== 'none') {
    exchange.actor = await auth(fetchRequestOf(exchange.request), runtime, exchange.ip);
  }
  return next();
};
