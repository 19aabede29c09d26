import { ErrorCodes, errorBody, type ErrorCode } from '@connect-tokens/protocol';

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
export function errorResponse(code: ErrorCode, messages: string | string[] = [], headers: Record<string, string> = {}): Response {
  const list = Array.isArray(messages) ? messages : [messages];
  return jsonResponse(errorBody(code, ...list), ErrorCodes[code].status, headers);
}

/** A JSON response. (Plain `Response` rather than MSW's `HttpResponse`, so the helpers work in any runtime.) */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const response = new Response(text, {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
  responseTexts.set(response, text);
  return response;
}

/**
 * The body text of responses built by {@link jsonResponse}, so the node:http adapter can write it without reading the
 * body stream back (a `Response` body cannot change, so the text stays right as long as the stream is unread).
 */
const responseTexts = new WeakMap<Response, string>();

/** The known body text of an unread response made by {@link jsonResponse}, else `undefined`. */
export function knownResponseText(response: Response): string | undefined {
  return response.bodyUsed ? undefined : responseTexts.get(response);
}

/** 204 No Content. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}
