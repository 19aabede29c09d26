/**
 * Hard limits that keep a hostile query from costing more than linear time and bounded memory. The builder enforces
 * the list limit too, so the SDK never builds a query the server would refuse.
 */

/** Longest query string (raw, before percent-decoding) or RQL expression accepted: 8 KiB. */
export const MAX_QUERY_LENGTH = 8192;
/** Deepest nesting of expressions (`and(or(not(...)))`); the top-level expression is depth 1. */
export const MAX_DEPTH = 32;
/** Most values in one `in`/`out` list. */
export const MAX_LIST_VALUES = 1000;
