/** Stage 1: the request id (`X-Request-Id`: the client's if sane, else a new one) and the client IP. */
import { clientIpOf } from '../client-ip';
import type { Stage } from './exchange';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const requestId: Stage = (exchange, next) => {
  const incoming = exchange.request.headers.get('x-request-id');
  exchange.requestId = incoming && REQUEST_ID.test(incoming) ? incoming : `req-${globalThis.crypto.randomUUID()}`;
  exchange.ip = clientIpOf(exchange.request);
  return next();
};
