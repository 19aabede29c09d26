/**
 * Stage 2 (wraps all later ones): the headers every answer carries (`X-Request-Id`, and the ignored body keys and
 * filters of a lenient request), and the request log line.
 */
import { IGNORED_FIELDS_HEADER } from '../lenient-body';
import { IGNORED_FILTERS_HEADER } from '../list';
import { setResponseHeader } from '../string-body-response';
import type { Stage } from './exchange';

function withHeader(response: Response, name: string, value: string): Response {
  // Responses built by msw or `new Response` may have immutable headers after a clone; rebuild when needed.
  try {
    setResponseHeader(response, name, value);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set(name, value);
    return copy;
  }
}

/** The `error_code` of an error response's body, or `null`. */
async function errorCodeOf(response: Response): Promise<string | null> {
  try {
    const body = (await response.clone().json()) as { error_code?: unknown };
    return typeof body.error_code === 'string' ? body.error_code : null;
  } catch {
    return null;
  }
}

export const respond: Stage = async (exchange, next) => {
  let response = await next();
  if (response.status === 0) return response;
  response = withHeader(response, 'x-request-id', exchange.requestId);
  if (exchange.ignoredFields.length > 0)
    response = withHeader(response, IGNORED_FIELDS_HEADER, exchange.ignoredFields.join(', '));
  const ignoredFilters = exchange.list?.ignoredFilters ?? [];
  if (ignoredFilters.length > 0) response = withHeader(response, IGNORED_FILTERS_HEADER, ignoredFilters.join(', '));
  const { log } = exchange.runtime;
  if (log) {
    const { requestId, method, path, ip, started, token } = exchange;
    const errorCode = response.status < 400 ? null : await errorCodeOf(response);
    log({
      requestId,
      method,
      path,
      status: response.status,
      durationMs: Date.now() - started,
      tokenId: token?.id ?? null,
      ip,
      errorCode,
    });
  }
  return response;
};
