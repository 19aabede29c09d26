import type { ZObject } from 'zapier-platform-core';
import { ConnectError, InvalidApiKeyError, RateLimitError } from '@connect-tokens/sdk';

/** What the app says when the connection's own key stops working; Zapier then asks the user to reconnect. */
const RECONNECT_HINT = 'Reconnect your Connect account in Zapier with an active API key.';

/** Why a 401 happened, in the user's words; keyed by the platform's `error_code`. */
const AUTH_REASONS: Record<string, string> = {
  AUTH_001: 'the API key is invalid or its token was deleted',
  AUTH_002: 'the API key is not in the form "ApiKey SU-…:secret"',
  AUTH_003: 'the token of the API key was deactivated',
  AUTH_004: 'the token of the API key has expired',
};

function describe(error: ConnectError): string {
  const messages = (error.errors ?? []).filter((message) => message.trim() !== '');
  const text = messages.length > 0 ? messages.join('; ') : error.message;
  return error.errorCode ? `${error.errorCode}: ${text}` : text;
}

/** True for errors Zapier's runtime already understands (thrown by `z.request` or by us through `z.errors`). */
function isZapierError(z: ZObject, error: unknown): error is Error {
  const known = [
    z.errors.Error,
    z.errors.HaltedError,
    z.errors.ExpiredAuthError,
    z.errors.RefreshAuthError,
    z.errors.ThrottledError,
    z.errors.ResponseError,
  ];
  return known.some((ErrorClass) => error instanceof ErrorClass);
}

/**
 * Turns whatever an SDK call threw into the error Zapier should see.
 *
 * - 401: `ExpiredAuthError`, so Zapier marks the connection broken and asks the user to reconnect instead of
 *   counting failures against the Zap.
 * - 403: an app error naming the module (AUTH_005) or rule (AUTH_006/AUTH_007) the token lacks; the user fixes it by
 *   granting a permission, not by reconnecting.
 * - 429: `ThrottledError` with the server's `Retry-After`, so Zapier retries later instead of failing the run.
 * - other 4xx/5xx: an app error carrying Connect's `error_code` and messages.
 */
export function toZapierError(z: ZObject, error: unknown): Error {
  // The SDK may wrap what our fetch adapter threw (e.g. a Zapier error from z.request) as the cause.
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (isZapierError(z, current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  if (error instanceof InvalidApiKeyError) {
    return new z.errors.ExpiredAuthError(`The connection's API key is not usable: ${error.message}. ${RECONNECT_HINT}`);
  }
  // Connection failures and timeouts (no status) stay as they are: Zapier shows them and may retry the step.
  if (!(error instanceof ConnectError) || error.status === undefined) {
    return error instanceof Error ? error : new Error(String(error));
  }

  if (error.status === 401) {
    const reason = (error.errorCode && AUTH_REASONS[error.errorCode]) ?? describe(error);
    return new z.errors.ExpiredAuthError(`Connect rejected the connection: ${reason}. ${RECONNECT_HINT}`);
  }
  if (error instanceof RateLimitError || error.status === 429) {
    const retryAfter = error instanceof RateLimitError ? error.retryAfter : undefined;
    const seconds = typeof retryAfter === 'number' && Number.isFinite(retryAfter) ? Math.ceil(retryAfter) : undefined;
    const when = seconds === undefined ? 'later' : `in ${seconds} s`;
    return new z.errors.ThrottledError(`Connect rate limit reached (${describe(error)}); retry ${when}.`, seconds);
  }
  if (error.status === 403) {
    const hint =
      error.errorCode === 'AUTH_005'
        ? ' Grant the missing module permission to the connected token in Connect, then retry.'
        : ' Check the access rules (allowed IPs and APIs) of the connected token in Connect.';
    return new z.errors.Error(`Permission denied: ${describe(error)}.${hint}`, error.errorCode ?? 'AUTH_005', 403);
  }
  return new z.errors.Error(
    `Connect error: ${describe(error)}`,
    error.errorCode ?? `HTTP_${error.status}`,
    error.status,
  );
}

/**
 * Errors of an endpoint's data path (`/integrations/endpoints/{id}/data`), which authenticates with the endpoint
 * token, not the connection's key. A 401 there (`EPT_001`) is about the endpoint token the user typed into the step,
 * so it must not become `ExpiredAuthError` (that would mark the connection broken). Never includes the token value.
 * Returns `undefined` for anything else, which `toZapierError` then handles as usual.
 */
export function endpointDataError(z: ZObject, error: unknown, method: string, endpointId: string): Error | undefined {
  if (!(error instanceof ConnectError)) return undefined;
  switch (error.errorCode) {
    case 'EPT_001':
      return new z.errors.Error(
        `Endpoint ${endpointId} rejected the endpoint token (EPT_001): it is missing, unknown or inactive, or the ` +
          `mapping of the application's token is switched off. Enter the endpoint's ${method} primary token, or a ` +
          `secondary endpoint token mapped to ${method} on this endpoint, in the Endpoint Token field.`,
        'EPT_001',
        401,
      );
    case 'EPT_002':
      return new z.errors.Error(
        `The endpoint token is valid but not allowed for ${method} on endpoint ${endpointId} (EPT_002): a primary ` +
          `token works only for its own method and endpoint, and a secondary token only where it is mapped. Use ` +
          `the endpoint's ${method} primary token, or map the application's secondary token to ${method} on this ` +
          `endpoint in Connect.`,
        'EPT_002',
        403,
      );
    case 'GEN_405':
      return new z.errors.Error(
        `Endpoint ${endpointId} does not accept ${method} (GEN_405): DELETE works only on endpoints with ` +
          `"allow delete" switched on.`,
        'GEN_405',
        405,
      );
    default:
      return undefined;
  }
}
