/**
 * RQL, the query language of Connect list endpoints: the AST, an immutable builder that serialises it safely, a
 * strict parser for the emulator, and their errors.
 */
export type * from './ast';
export { RqlQuery, escapeLike, query, rql, toRqlValue } from './builder';
export type { OrderingKey, RqlInput, RqlOps, RqlOrderable, SelectKey } from './builder';
export { RqlError, RqlFieldError, RqlSyntaxError } from './errors';
export { MAX_DEPTH, MAX_LIST_VALUES, MAX_QUERY_LENGTH } from './limits';
export { parseQuery, parseRql } from './parser';
export type { ParseQueryOptions } from './parser';
export { toQueryString, toRql } from './serialize';
