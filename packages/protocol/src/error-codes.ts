/**
 * Every `error_code` the platform returns, with the HTTP status it travels with.
 *
 * Client and server import this one table so a code can never mean two things. Error bodies always have Connect's
 * shape: `{ "error_code": "AUTH_001", "errors": ["human readable message", ...] }`.
 *
 * 401 means "no usable credential"; 403 means "we know who you are, and you may not do this".
 * Unknown and deleted tokens share `AUTH_001` so that a deleted token cannot be told apart from one that never existed.
 */
export const ErrorCodes = {
  /** No credential, or a credential that matches no live token (unknown or deleted). */
  AUTH_001: { status: 401, title: 'Missing or invalid credentials' },
  /** The `Authorization` header is present but not `ApiKey <id>:<secret>` or `Bearer <secret>`. */
  AUTH_002: { status: 401, title: 'Malformed Authorization header' },
  /** The token exists but was deactivated. */
  AUTH_003: { status: 401, title: 'Token is inactive' },
  /** The token (or the secret used) is past its expiration date. */
  AUTH_004: { status: 401, title: 'Token has expired' },
  /** The token lacks the module that guards this path; the message names the module. */
  AUTH_005: { status: 403, title: 'Insufficient module permission' },
  /** The caller's IP is not allowed by the token's or the account's access rules. */
  AUTH_006: { status: 403, title: 'IP address not allowed' },
  /** The method and path are blocked (or not allowed) by the token's API rules. */
  AUTH_007: { status: 403, title: 'API blocked for this token' },
  /** The token's rate limit is used up; `Retry-After` says when to come back. */
  AUTH_008: { status: 429, title: 'Rate limit exceeded' },
  /** Too many failed authentications from this IP; it is banned for a while (`Retry-After`). */
  AUTH_009: { status: 429, title: 'Too many failed authentication attempts' },
  /** Request body or parameters failed validation; each message is prefixed with the field (`name: ...`). */
  VAL_001: { status: 400, title: 'Validation error' },
  /** The RQL query string could not be parsed, or names an unknown field or operator. */
  RQL_001: { status: 400, title: 'Invalid RQL query' },
  /** A lifecycle transition that the token's current status does not allow (e.g. activate an expired token). */
  TKN_001: { status: 400, title: 'Illegal status transition' },
  /** The module does not exist or is already granted / not granted. */
  TKN_002: { status: 400, title: 'Invalid permission change' },
  /** An `Idempotency-Key` was reused with a different request. */
  IDEM_001: { status: 409, title: 'Idempotency key reused with a different request' },
  /** A conflicting concurrent change or a duplicate that must be unique. */
  GEN_409: { status: 409, title: 'Conflict' },
  /** No such route or object. */
  GEN_404: { status: 404, title: 'Not found' },
  /** The route exists but not for this method. */
  GEN_405: { status: 405, title: 'Method not allowed' },
  /** The request body is larger than 1 MiB. */
  GEN_413: { status: 413, title: 'Payload too large' },
  /** The request body is not `application/json`. */
  GEN_415: { status: 415, title: 'Unsupported media type' },
  /** Unexpected server error. */
  GEN_500: { status: 500, title: 'Internal server error' },
  /** The service is temporarily unavailable. */
  GEN_503: { status: 503, title: 'Service unavailable' },
  /** The endpoint token is missing, unknown or inactive (or the mapping that would admit it is switched off). */
  EPT_001: { status: 401, title: 'Invalid endpoint token' },
  /** The endpoint token is valid but not for this endpoint or method. */
  EPT_002: { status: 403, title: 'Endpoint token not allowed here' },
} as const satisfies Record<string, { status: number; title: string }>;

/** One of the platform's error codes, e.g. `AUTH_005`. */
export type ErrorCode = keyof typeof ErrorCodes;

/** The body of every error response, as on Connect. */
export interface ErrorBody {
  error_code: ErrorCode | (string & {});
  errors: string[];
}

/** True when `value` is one of the codes in {@link ErrorCodes}. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ErrorCodes, value);
}

/** Builds an error body; `errors` defaults to the code's title. */
export function errorBody(code: ErrorCode, ...errors: string[]): ErrorBody {
  return { error_code: code, errors: errors.length > 0 ? errors : [ErrorCodes[code].title] };
}
