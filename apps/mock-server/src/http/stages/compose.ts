/**
 * Composes stages into one request handler, in list order (as hono's `compose`): each stage receives `next`, which
 * runs the rest of the list; the last stage must answer without calling it.
 */
import type { ApiExchange, Stage } from './exchange';

const END: () => Promise<Response> = () => Promise.reject(new Error('pipeline: the last stage called next()'));

/** One function running `stages` in order over an exchange. */
export function compose(stages: readonly Stage[]): (exchange: ApiExchange) => Promise<Response> {
  const run = (index: number, exchange: ApiExchange): Promise<Response> => {
    const stage = stages[index];
    if (!stage) return END();
    return stage(exchange, () => run(index + 1, exchange));
  };
  return (exchange) => run(0, exchange);
}
