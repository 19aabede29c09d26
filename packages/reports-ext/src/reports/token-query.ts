import { rql, type RqlNode } from '@connect-tokens/sdk';
import type { CheckboxValue, DateRangeValue } from '../parameters/parameter-values';

/** Server-side narrowing of a token list, built from report parameters. */
export interface TokenQueryInput {
  status?: CheckboxValue | undefined;
  extension?: string | undefined;
  created?: DateRangeValue | undefined;
  /** Only tokens with an expiration date at or before this instant. */
  expiresBefore?: Date | undefined;
  /** Sort keys from the list's `x-rql` ordering, e.g. `expiration_date`. */
  ordering?: string[] | undefined;
}

/** The list query `client.tokens.list()` takes (the SDK's `ListParams`). */
export interface TokenListParams {
  filter?: RqlNode | undefined;
  ordering?: string[] | undefined;
  limit?: number | undefined;
}

/** Page size of report scans: large pages mean fewer round trips, and a page is dropped once its rows are out. */
export const REPORT_PAGE_SIZE = 500;

/**
 * The RQL query of a token scan, using only the filters `GET /auth/tokens` declares in its `x-rql` (status,
 * extension.id, events.created.at, expiration_date). Reports still re-check every row, so a server that ignores part
 * of the filter yields the same report, only slower.
 */
export function tokenQuery(input: TokenQueryInput = {}): TokenListParams {
  const terms: RqlNode[] = [];
  if (input.status && !input.status.all) {
    // An empty selection matches nothing; `in()` needs at least one value, so ask for an impossible status.
    terms.push(rql.in('status', input.status.choices.length > 0 ? input.status.choices : ['none']));
  }
  if (input.extension) terms.push(rql.eq('extension.id', input.extension));
  if (input.created) {
    terms.push(rql.ge('events.created.at', input.created.after), rql.lt('events.created.at', input.created.before));
  }
  if (input.expiresBefore) terms.push(rql.le('expiration_date', input.expiresBefore.toISOString()));
  const [first, ...rest] = terms;
  return {
    filter: first === undefined ? undefined : rest.length === 0 ? first : rql.and(first, ...rest),
    ordering: input.ordering,
    limit: REPORT_PAGE_SIZE,
  };
}
