import { ErrorCodes, errorBody, type ErrorCode } from '@connect-tokens/protocol';
import { StringBodyResponse } from './string-body-response';

/**
 * An error a handler or pipeline step throws to answer with an error body. Anything else thrown becomes a 500
 * GEN_500, which the test suite treats as a bug.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: ErrorCode;
  readonly messages: string[];
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, messages: string | string[] = [], headers: Record<string, string> = {}) {
    const list = Array.isArray(messages) ? messages : [messages];
    super(list[0] ?? ErrorCodes[code].title);
    this.code = code;
    this.messages = list;
    this.headers = headers;
  }

  get status(): number {
    return ErrorCodes[this.code].status;
  }
}

/** A JSON error response with the code's status. */
export function errorResponse(
  code: ErrorCode,
  messages: string | string[] = [],
  headers: Record<string, string> = {},
): Response {
  const list = Array.isArray(messages) ? messages : [messages];
  return jsonResponse(errorBody(code, ...list), ErrorCodes[code].status, headers);
}

/**
 * A JSON response. (A Fetch API `Response` rather than MSW's `HttpResponse`, so the helpers work in any runtime; see
 * `string-body-response.ts` for why it is a subclass.)
 */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return jsonTextResponse(JSON.stringify(body), status, headers);
}

/** {@link jsonResponse} of a body already serialized: `text` must be JSON. */
export function jsonTextResponse(text: string, status = 200, headers: Record<string, string> = {}): Response {
  return new StringBodyResponse(text, { status, headers: { 'content-type': 'application/json', ...headers } });
}

/**
 * The body text of an unread response made by {@link jsonResponse}, else `undefined`, so the node:http adapter can
 * write it without building and reading a body stream.
 */
export function knownResponseText(response: Response): string | undefined {
  return StringBodyResponse.unreadText(response);
}

/** The headers of an unbuilt-headers response made by {@link jsonResponse}, in `Headers` order, else `undefined`. */
export function unbuiltHeaders(response: Response): [string, string][] | undefined {
  return StringBodyResponse.unbuiltHeaders(response);
}

/** 204 No Content. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** Any thrown value → an error response; unknown exceptions are 500 GEN_500 (and a bug, reported to `onUnexpectedError`). */
export function toErrorResponse(error: unknown, onUnexpectedError?: (error: unknown) => void): Response {
  if (error instanceof ApiError) return errorResponse(error.code, error.messages, error.headers);
  if (error instanceof Response) return error;
  onUnexpectedError?.(error);
  return errorResponse('GEN_500', 'Unexpected server error.');
}
