import type {
  AuditEventWire,
  EndpointRecordWire,
  EndpointWire,
  ModuleWire,
  TokenStatisticsWire,
  TokenWire,
} from './wire-types';

/** A lazily paginated list, as the SDK's `list()` returns: iterate it with `for await`, or its pages. */
export interface PaginatedList<T> extends AsyncIterable<T> {
  /** Matching items, from one `limit=0` request. */
  count(): Promise<number>;
  /** The pages in order, each with its items: what the reports read, so a row costs no async step of its own. */
  pages(): AsyncIterable<{ readonly items: readonly T[] }>;
}

/** Per-call options the reports pass: cancellation. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
}

/**
 * The part of the SDK client (`createClient()` of `@connect-tokens/sdk`) the reports use. Declared structurally so
 * a newer SDK fits as long as these methods do (a test checks the SDK's client against it). Queries are typed
 * `unknown` here because each list has its own typed query in the SDK; the reports build them with its `rql`.
 */
export interface ReportsClient {
  tokens: {
    list(query?: unknown, options?: CallOptions): PaginatedList<TokenWire>;
    statistics: {
      /** `GET /statistics/tokens/{id}/summary`. */
      summary(tokenId: string, options?: CallOptions): Promise<TokenStatisticsWire>;
    };
  };
  auditEvents: {
    list(query?: unknown, options?: CallOptions): PaginatedList<AuditEventWire>;
  };
  endpoints: {
    list(query?: unknown, options?: CallOptions): PaginatedList<EndpointWire>;
    /** `GET /integrations/endpoints/{id}/records`: the calls of the endpoint's data path. */
    records(endpointId: string, query?: unknown, options?: CallOptions): PaginatedList<EndpointRecordWire>;
  };
  modules: {
    list(query?: unknown, options?: CallOptions): PaginatedList<ModuleWire>;
  };
  whoami(options?: CallOptions): Promise<unknown>;
}
