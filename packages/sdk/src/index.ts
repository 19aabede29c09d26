/**
 * `@connect-tokens/sdk`: a typed client for CloudBlue-Connect-style API tokens.
 *
 * ```ts
 * import { createClient, rql } from '@connect-tokens/sdk';
 * const client = createClient({ endpoint, apiKey });
 * for await (const token of client.tokens.list(rql.eq('status', 'active'))) console.log(token.id);
 * ```
 */
export { createClient, ConnectClient, type AuthContext } from './client';
export {
  DEFAULT_ENDPOINT,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type ClientOptions,
  type SdkFetch,
} from './core/options';
export type { RequestOptions } from './core/request-options';
export type { Logger, LogLevel, LogFields } from './core/logger';
export { InvalidApiKeyError } from './core/credentials';
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
} from './core/errors';
export { unwrap } from './core/unwrap';
// The one redaction rule (the protocol's), for code that prints what the SDK or the platform said.
export { redactSecrets } from '@connect-tokens/protocol';
export type { ApiClient } from './internal/client-core';
export { Paginator, type PaginatorOptions, type ToArrayOptions } from './pagination/paginator';
export type { Page } from './pagination/page';
export type { ListOptions, ListParams, ListQuery } from './pagination/list-query';
// The RQL builder. The parser is in `@connect-tokens/sdk/rql`, so clients that only build queries do not ship it.
export {
  escapeLike,
  query,
  rql,
  RqlError,
  RqlFieldError,
  RqlQuery,
  RqlSyntaxError,
  toQueryString,
  toRql,
} from '@connect-tokens/protocol';
export type {
  OrderingKey,
  RqlInput,
  RqlNode,
  RqlOps,
  RqlQueryParts,
  SelectKey,
  Schema,
  paths,
  components,
} from '@connect-tokens/protocol';
export { VERSION } from './version';
// Resources: their classes (for `instanceof` and docs) and the parameter and result types of their methods.
export * from './resources/tokens';
export * from './resources/token-permissions';
export * from './resources/token-statistics';
export * from './resources/audit-events';
export * from './resources/modules';
export * from './resources/extensions';
export * from './resources/webhooks';
export * from './resources/endpoints';
export * from './resources/endpoint-tokens';
export type { RqlFieldsOf } from './rql/fields';
