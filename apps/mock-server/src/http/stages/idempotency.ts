/**
 * Stage 10: `Idempotency-Key` on POST. A replay of the same request (same key, method, canonical path, query and
 * body) answers the stored response with `Idempotent-Replayed: true`; the same key with another request is 409
 * IDEM_001, one still running 409 GEN_409. The stored response is sealed with the key (see
 * `../../store/idempotency-cache.ts`), so the cache holds neither the key nor a replayable secret in clear.
 */
import { sha256Hex } from '../../crypto/secrets';
import { idempotencyLookup, openResponse, sealResponse } from '../../store/idempotency-cache';
import { errorResponse } from '../errors';
import type { Stage } from './exchange';

const KEY = /^[\x21-\x7e]{1,255}$/;

export const idempotency: Stage = async (exchange, next) => {
  const key = exchange.method === 'POST' ? exchange.request.headers.get('idempotency-key') : null;
  if (key === null) return next();
  if (!KEY.test(key)) return errorResponse('VAL_001', 'Idempotency-Key: must be 1 to 255 printable ASCII characters');
  const { store } = exchange.runtime;
  const scope = exchange.token?.id ?? exchange.actor.id;
  const fingerprint = `${exchange.method} ${exchange.path}${exchange.url.search}\n${await sha256Hex(exchange.bodyText)}`;
  const lookup = await idempotencyLookup(scope, key, fingerprint);
  const cached = store.idempotency.begin(lookup);
  if (cached.kind === 'conflict')
    return errorResponse('IDEM_001', 'This Idempotency-Key was already used with a different request.');
  if (cached.kind === 'in-flight')
    return errorResponse('GEN_409', 'A request with this Idempotency-Key is still being processed.');
  if (cached.kind === 'replay') {
    // The key hash matched, so the same key opens it; a failure here would be a bug (or a SHA-256 collision).
    const stored = await openResponse(key, cached.response);
    if (!stored) return errorResponse('IDEM_001', 'This Idempotency-Key was already used with a different request.');
    const replay = new Response(stored.status === 204 ? null : stored.body, {
      status: stored.status,
      headers: stored.headers,
    });
    replay.headers.set('idempotent-replayed', 'true');
    return replay;
  }
  const result = await next();
  const body = result.status === 204 ? '' : await result.clone().text();
  const sealed = await sealResponse(key, {
    status: result.status,
    headers: [...result.headers.entries()].filter(([name]) => name !== 'x-request-id'),
    body,
  });
  store.idempotency.complete(lookup, sealed);
  return result;
};
