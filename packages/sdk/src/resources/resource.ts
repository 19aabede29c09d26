import { parseContentRange, type paths } from '@connect-tokens/protocol';
import type { ClientCore } from '../internal/client-core';
import { ConnectError } from '../core/errors';
import type { FetchResult } from '../core/unwrap';
import { normalizeListQuery, PREFETCH_PAGES, type ListOptions, type ListQuery } from '../pagination/list-query';
import { Paginator } from '../pagination/paginator';

/**
 * openapi-fetch's GET without the path typing, inside the generic list helper: `paginate` types its path, path
 * parameters and items from the spec itself, which openapi-fetch cannot check through a type parameter.
 */
interface UntypedGet {
  GET(path: string, init: Record<string, unknown>): Promise<FetchResult<unknown>>;
}

/** The spec's paths whose GET answers a JSON array: the lists a resource can page through. */
type ListPath = {
  [P in keyof paths]: paths[P] extends { get: { responses: { 200: { content: { 'application/json': unknown[] } } } } }
    ? P
    : never;
}[keyof paths];

/** What one item of a list path is, by the spec. */
type ListItem<P extends ListPath> = paths[P]['get']['responses'][200]['content']['application/json'][number];

/** A list path's path parameters by the spec (`{ id: string }`), or `undefined` when it has none. */
type ListPathParams<P extends ListPath> = paths[P]['get']['parameters'] extends { path: infer Params }
  ? Params
  : undefined;

/** Base class of the resources (`client.tokens`, …): access to the shared core without exposing it. */
export abstract class Resource {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /** The client's core. A getter on the prototype, so inspecting a resource does not walk into the client. */
  protected get core(): ClientCore {
    return this.#core;
  }

  /**
   * A lazy {@link Paginator} over a list endpoint: each page is `GET path?<rql>&limit=N&offset=M`, the total comes from
   * `Content-Range`.
   */
  protected paginate<P extends ListPath, F extends string, S extends string>(
    path: P,
    pathParams: ListPathParams<P>,
    query: ListQuery<F, S> | undefined,
    options: ListOptions = {},
  ): Paginator<ListItem<P>> {
    type T = ListItem<P>;
    const { queryString, pageSize, offset } = normalizeListQuery(query);
    const core = this.#core;
    const api = core.api as unknown as UntypedGet;
    return new Paginator<T>(
      async (page) => {
        const result = await api.GET(path, {
          ...core.init({ ...options, signal: page.signal }),
          params: { path: pathParams },
          // The RQL string is already encoded by the protocol's serializer; openapi-fetch must not touch it.
          querySerializer: () => `${queryString && `${queryString}&`}limit=${page.limit}&offset=${page.offset}`,
        });
        const { data, response } = result;
        if (!response.ok) throw core.error(result);
        const requestId = response.headers.get('x-request-id') ?? undefined;
        // A list is a bare JSON array, as on Connect; anything else is a server (or proxy) bug worth surfacing.
        if (!Array.isArray(data)) {
          throw new ConnectError(
            `Expected a JSON array from GET ${path}, got ${data === null ? 'null' : typeof data}${requestId ? ` [request ${requestId}]` : ''}`,
            { status: response.status, requestId, method: 'GET', path },
          );
        }
        return {
          items: data as T[],
          total: parseContentRange(response.headers.get('content-range'))?.total,
          requestId,
        };
      },
      { pageSize, offset, prefetch: options.prefetch ? PREFETCH_PAGES : 0, signal: options.signal },
    );
  }
}
