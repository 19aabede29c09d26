import type { Schema } from '@connect-tokens/protocol';
import type { RequestOptions } from '../core/request-options';
import { Resource } from './resource';

/** Totals of a token's requests by status and denial reason. */
export type TokenStatisticsSummary = Schema<'TokenStatisticsSummary'>;
/** A token's requests aggregated per day. */
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

  /** The token's requests per day. */
  aggregates(tokenId: string, options?: RequestOptions): Promise<TokenStatisticsAggregate[]> {
    const { core } = this;
    return core.data(
      core.api.GET('/statistics/tokens/{id}/aggregates', { params: { path: { id: tokenId } }, ...core.init(options) }),
    );
  }
}
