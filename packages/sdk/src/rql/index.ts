/**
 * `@connect-tokens/sdk/rql`: the protocol's RQL builder *and* parser, for code that reads queries as well as writes
 * them (the main entry has the builder only, to stay small).
 *
 * ```ts
 * import { parseQuery } from '@connect-tokens/sdk/rql';
 * parseQuery('and(eq(status,active),ilike(name,*prod*))&ordering(-name)').filter;
 * ```
 */
export {
  escapeLike,
  MAX_DEPTH,
  MAX_LIST_VALUES,
  MAX_QUERY_LENGTH,
  parseQuery,
  parseRql,
  query,
  rql,
  RqlError,
  RqlFieldError,
  RqlQuery,
  RqlSyntaxError,
  toQueryString,
  toRql,
  toRqlValue,
} from '@connect-tokens/protocol';
export type {
  OrderingKey,
  ParseQueryOptions,
  ParsedQuery,
  RqlInput,
  RqlNode,
  RqlOps,
  RqlOrderable,
  RqlQueryParts,
  RqlValue,
  SelectKey,
} from '@connect-tokens/protocol';
