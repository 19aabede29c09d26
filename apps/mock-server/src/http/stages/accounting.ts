/**
 * Stage 3 (wraps the stages that can identify a token): every response to an identified token counts in its
 * statistics by status (and denial code); `last_access` moves only on calls that passed authentication. A token this
 * very request deleted is skipped.
 */
import type { Stage } from './exchange';

export const accounting: Stage = async (exchange, next) => {
  const response = await next();
  const { token, runtime } = exchange;
  if (token && response.status !== 0 && runtime.store.tokens.get(token.id) === token) {
    runtime.store.statistics.count(token.id, response.status, exchange.denial);
    if (exchange.authenticated) token.last_access = { at: runtime.clock.iso(), ip: exchange.ip };
  }
  return response;
};
