/**
 * A request the pipeline can serve before (or without) a Fetch `Request` being built for it.
 *
 * Why: the node:http adapter's fast path used to build an undici `Request` for every call (Headers, URL parsing,
 * AbortSignal: about a fifth of the whole cost of an authenticated GET). The pipeline itself only reads the method,
 * URL, a few headers and the body, so the adapter hands it a {@link DeferredRequest} and the real `Request` is made
 * on first use: `ctx.request` in a handler, a custom authenticator, or msw's `getResponse`. Runtime-neutral; the Node
 * implementation lives with the adapter (`server/incoming-request.ts`).
 */

/** The part of `Headers` the pipeline reads. */
export interface RequestHeaders {
  /** The value, `null` when absent; names are case-insensitive. Same results as `Headers.get`. */
  get(name: string): string | null;
}

export abstract class DeferredRequest {
  /** Upper-case, as `Request.method` is for the methods the API uses. */
  abstract readonly method: string;
  /** The absolute URL, as `Request.url`. */
  abstract readonly url: string;
  /** `url` parsed once, for the adapter's routing and the pipeline. Shared: never mutate it. */
  abstract readonly parsedUrl: URL;
  abstract readonly headers: RequestHeaders;
  /** The body stream (`null` for GET and HEAD), as `Request.body`. */
  abstract readonly body: ReadableStream<Uint8Array> | null;

  #request: Request | undefined;

  /** The same request as a Fetch `Request`: built on the first call, the same object on every later one. */
  toRequest(): Request {
    this.#request ??= this.createRequest();
    return this.#request;
  }

  /** Builds the Fetch `Request` (once). */
  protected abstract createRequest(): Request;
}

/** What the pipeline accepts: a Fetch `Request` (in-process, through msw) or the adapter's deferred one. */
export type PipelineRequest = Request | DeferredRequest;

/** The Fetch `Request` of a pipeline request (built now if it was deferred). */
export function fetchRequestOf(request: PipelineRequest): Request {
  return request instanceof DeferredRequest ? request.toRequest() : request;
}

/** The parsed URL of a pipeline request (a fresh `URL` for a Fetch `Request`, whose `url` is a string). */
export function parsedUrlOf(request: PipelineRequest): URL {
  return request instanceof DeferredRequest ? request.parsedUrl : new URL(request.url);
}
