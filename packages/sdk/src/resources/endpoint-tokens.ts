import type { Schema } from '@connect-tokens/protocol';
import type { RequestOptions } from '../core/request-options';
import type { ListOptions, ListQuery } from '../pagination/list-query';
import type { Paginator } from '../pagination/paginator';
import { Resource } from './resource';
import type { RqlFieldsOf } from '../rql/fields';

/** A secondary endpoint token. Its `value` is in full only in the results of create and regenerate. */
export type EndpointToken = Schema<'EndpointToken'>;
/** Body of {@link EndpointTokens.create}. */
export type EndpointTokenCreateParams = Schema<'EndpointTokenCreate'>;
/** Body of {@link EndpointTokens.update}. */
export type EndpointTokenUpdateParams = Schema<'EndpointTokenUpdate'>;
/** What {@link EndpointTokens.list} accepts. */
export type EndpointTokenListParams = ListQuery<RqlFieldsOf<'listEndpointTokens'>>;

/** Secondary endpoint tokens of the account (`/integrations/endpoint-tokens`, module MD-0007). */
export class EndpointTokens extends Resource {
  /** The account's endpoint tokens (values masked). */
  list(params?: EndpointTokenListParams, options?: ListOptions): Paginator<EndpointToken> {
    return this.paginate('/integrations/endpoint-tokens', undefined, params, options);
  }

  /** One endpoint token by id. */
  get(id: string, options?: RequestOptions): Promise<EndpointToken> {
    const { core } = this;
    return core.data(
      core.api.GET('/integrations/endpoint-tokens/{id}', { params: { path: { id } }, ...core.init(options) }),
    );
  }

  /** Creates an endpoint token; the result's value is shown in full this once. Safe to retry (idempotency key). */
  create(params: EndpointTokenCreateParams, options?: RequestOptions): Promise<EndpointToken> {
    const { core } = this;
    return core.data(core.api.POST('/integrations/endpoint-tokens', { body: params, ...core.init(options) }));
  }

  /** Changes the fields present in `params`. */
  update(id: string, params: EndpointTokenUpdateParams, options?: RequestOptions): Promise<EndpointToken> {
    const { core } = this;
    return core.data(
      core.api.PUT('/integrations/endpoint-tokens/{id}', {
        params: { path: { id } },
        body: params,
        ...core.init(options),
      }),
    );
  }

  /** Deletes an endpoint token and its mappings. */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    const { core } = this;
    await core.data(
      core.api.DELETE('/integrations/endpoint-tokens/{id}', { params: { path: { id } }, ...core.init(options) }),
    );
  }

  /** A new value for the token; the old one stops working at once. */
  regenerate(id: string, options?: RequestOptions): Promise<EndpointToken> {
    const { core } = this;
    return core.data(
      core.api.POST('/integrations/endpoint-tokens/{id}/regenerate', {
        params: { path: { id } },
        ...core.init(options),
      }),
    );
  }
}
