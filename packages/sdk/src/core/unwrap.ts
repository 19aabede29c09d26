import { errorFromResponse, type ConnectError } from './errors';
import { requestContextOf } from '../internal/transport';

/** The shape openapi-fetch resolves with. */
export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Turns a failed openapi-fetch result into the typed {@link ConnectError} for its status. */
export function toConnectError(result: FetchResult<unknown>, secrets: readonly string[] = []): ConnectError {
  const { response } = result;
  const context = requestContextOf(response) ?? { method: 'UNKNOWN', url: response.url, path: response.url };
  return errorFromResponse(response, result.error, context, secrets);
}

/**
 * Returns `data` of an openapi-fetch result, or throws the typed error for a non-2xx response. Use it with
 * `client.api` when you prefer exceptions to checking `error`:
 *
 * ```ts
 * const me = unwrap(await client.api.GET('/auth/context'));
 * ```
 */
export function unwrap<T>(result: FetchResult<T>): T {
  if (!result.response.ok) throw toConnectError(result);
  return result.data as T;
}
