/** Stage 4: an error thrown by any later stage becomes its error response (unknown exceptions: 500 GEN_500). */
import { toErrorResponse } from '../errors';
import type { Stage } from './exchange';

export const recover: Stage = async (exchange, next) => {
  try {
    return await next();
  } catch (error) {
    return toErrorResponse(error, exchange.runtime.onUnexpectedError);
  }
};
