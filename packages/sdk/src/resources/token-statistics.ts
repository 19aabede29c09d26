import type { Schema } from '@connect-tokens/protocol';
import type { RequestOptions } from '../core/request-options';
import { Resource } from './resource';

/** Totals of a token's requests by status and denial reason. */
export type TokenStatisticsSummary = Schema<'TokenStatisticsSummary'>;
/** A token's requests on one UTC day, by HTTP status (Connect's `AccountTokenAggregates`). */
export type TokenStatisticsAggregate = Schema<'TokenStatisticsAggregate'>;

/** Request statistics of a token (`/statistics/tokens/{id}`), at Connect's paths. */
export class TokenStatistics extends Resource {
  /** Totals of the token's requests. */
  summary(tokenId: string, options?: RequestOptions): Promise<TokenStatisticsSummary> {
    const { core } = this;
    return core.data(
      core.api.GET('/statistics/tokens/{id}/summary', { params: { path: { id: tokenId } }, ...core.init(options) }),
    );
  }

  /**
   * The token's requests on one UTC day, by HTTP status, in Connect's shape (one object).
   *
   * @param date - The day, `YYYY-MM-DD`; today (UTC, by the server's clock) when left out.
   */
  aggregates(tokenId: string, date?: string, options?: RequestOptions): Promise<TokenStatisticsAggregate> {
    const { core } = this;
    const query = date === undefined ? undefined : { date };
    return core.data(
      core.api.GET('/statistics/tokens/{id}/aggregates', {
        params: { path: { id: tokenId }, query },
        ...core.init(options),
      }),
    );
  }
}
