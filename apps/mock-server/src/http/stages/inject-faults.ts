/**
 * Stage 6: faults injected for the route (latency, 429/500/503, connection reset), rolled with the platform's seeded
 * fault dice (see `../faults.ts`). Configured by route template, so it runs after `route`.
 */
import { delay, HttpResponse } from 'msw';
import { ErrorCodes, type ErrorCode } from '@connect-tokens/protocol';
import { errorResponse } from '../errors';
import { faultsFor, rollFaults } from '../faults';
import type { Stage } from './exchange';

export const injectFaults: Stage = async (exchange, next) => {
  const { runtime } = exchange;
  const faults = faultsFor(runtime.faults, exchange.method, exchange.resolved().operation.path);
  if (!faults) return next();
  if (faults.latencyMs) await delay(faults.latencyMs);
  const outcome = rollFaults(faults, runtime.faultRandom.next());
  if (outcome.kind === 'reset') return HttpResponse.error();
  if (outcome.kind === 'status') {
    const code: ErrorCode = outcome.status === 429 ? 'AUTH_008' : outcome.status === 500 ? 'GEN_500' : 'GEN_503';
    const headers: Record<string, string> =
      outcome.status === 500 ? {} : { 'retry-after': String(outcome.retryAfterS) };
    return errorResponse(code, `${ErrorCodes[code].title} (injected fault).`, headers);
  }
  return next();
};
