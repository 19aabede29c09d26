import type { Schema } from '@connect-tokens/protocol';
import type { RequestOptions } from '../core/request-options';
import type { ListOptions, ListQuery } from '../pagination/list-query';
import type { Paginator } from '../pagination/paginator';
import { Resource } from './resource';
import type { RqlFieldsOf } from '../rql/fields';

/** An integration endpoint: a small data inbox opened by endpoint tokens. */
export type Endpoint = Schema<'Endpoint'>;
/** Body of {@link Endpoints.create}. */
export type EndpointCreateParams = Schema<'EndpointCreate'>;
/** Body of {@link Endpoints.update}. */
export type EndpointUpdateParams = Schema<'EndpointUpdate'>;
/** The primary token of one method of an endpoint. */
export type EndpointPrimaryToken = Schema<'EndpointPrimaryToken'>;
/** A method of the data path (`GET`, `POST`, `DELETE`). */
export type EndpointMethod = Schema<'EndpointMethod'>;
/** A mapping of a secondary endpoint token to a primary token (a method) of an endpoint. */
export type EndpointMapping = Schema<'EndpointMapping'>;
/** Body of {@link Endpoints.createMapping}. */
export type EndpointMappingCreateParams = Schema<'EndpointMappingCreate'>;
/** Body of {@link Endpoints.updateMapping}. */
export type EndpointMappingUpdateParams = Schema<'EndpointMappingUpdate'>;
/** One recorded call of an endpoint's data path. */
export type EndpointRecord = Schema<'EndpointRecord'>;
/** What {@link Endpoints.list} accepts. */
export type EndpointListParams = ListQuery<RqlFieldsOf<'listEndpoints'>>;
/** What {@link Endpoints.mappings} accepts. */
export type EndpointMappingListParams = ListQuery<RqlFieldsOf<'listEndpointMappings'>>;
/** What {@link Endpoints.records} accepts. */
export type EndpointRecordListParams = ListQuery<RqlFieldsOf<'listEndpointRecords'>>;

/** Integration endpoints (`/integrations/endpoints`, module MD-0007), their primary tokens, mappings and records. */
export class Endpoints extends Resource {
  /** The account's endpoints. */
  list(params?: EndpointListParams, options?: ListOptions): Paginator<Endpoint> {
    return this.paginate('/integrations/endpoints', undefined, params, options);
  }

  /** One endpoint by id. */
  get(id: string, options?: RequestOptions): Promise<Endpoint> {
    const { core } = this;
    return core.data(core.api.GET('/integrations/endpoints/{id}', { params: { path: { id } }, ...core.init(options) }));
  }

  /** Creates an endpoint (with `authentication: token`, its primary tokens are in the result, in full, this once). */
  create(params: EndpointCreateParams, options?: RequestOptions): Promise<Endpoint> {
    const { core } = this;
    return core.data(core.api.POST('/integrations/endpoints', { body: params, ...core.init(options) }));
  }

  /** Changes the fields present in `params`. */
  update(id: string, params: EndpointUpdateParams, options?: RequestOptions): Promise<Endpoint> {
    const { core } = this;
    return core.data(
      core.api.PUT('/integrations/endpoints/{id}', { params: { path: { id } }, body: params, ...core.init(options) }),
    );
  }

  /** Deletes an endpoint with its tokens' mappings and records. */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    const { core } = this;
    await core.data(
      core.api.DELETE('/integrations/endpoints/{id}', { params: { path: { id } }, ...core.init(options) }),
    );
  }

  /** The endpoint's primary tokens, one per method (values masked). */
  primaryTokens(id: string, options?: ListOptions): Paginator<EndpointPrimaryToken> {
    return this.paginate('/integrations/endpoints/{id}/tokens', { id }, undefined, options);
  }

  /** Regenerates the primary token of one method; the old value stops working at once. */
  regeneratePrimaryToken(id: string, method: EndpointMethod, options?: RequestOptions): Promise<EndpointPrimaryToken> {
    const { core } = this;
    return core.data(
      core.api.POST('/integrations/endpoints/{id}/tokens/{method}/regenerate', {
        params: { path: { id, method } },
        ...core.init(options),
      }),
    ) as Promise<EndpointPrimaryToken>;
  }

  /** The endpoint's mappings of secondary tokens. */
  mappings(id: string, params?: EndpointMappingListParams, options?: ListOptions): Paginator<EndpointMapping> {
    return this.paginate('/integrations/endpoints/{id}/mappings', { id }, params, options);
  }

  /** Maps a secondary endpoint token to one of the endpoint's primary tokens (a method). */
  createMapping(id: string, params: EndpointMappingCreateParams, options?: RequestOptions): Promise<EndpointMapping> {
    const { core } = this;
    return core.data(
      core.api.POST('/integrations/endpoints/{id}/mappings', {
        params: { path: { id } },
        body: params,
        ...core.init(options),
      }),
    );
  }

  /** Switches a mapping on or off without touching the token. */
  updateMapping(
    id: string,
    mappingId: string,
    params: EndpointMappingUpdateParams,
    options?: RequestOptions,
  ): Promise<EndpointMapping> {
    const { core } = this;
    return core.data(
      core.api.PUT('/integrations/endpoints/{id}/mappings/{mapping_id}', {
        params: { path: { id, mapping_id: mappingId } },
        body: params,
        ...core.init(options),
      }),
    );
  }

  /** Removes a mapping. */
  async deleteMapping(id: string, mappingId: string, options?: RequestOptions): Promise<void> {
    const { core } = this;
    await core.data(
      core.api.DELETE('/integrations/endpoints/{id}/mappings/{mapping_id}', {
        params: { path: { id, mapping_id: mappingId } },
        ...core.init(options),
      }),
    );
  }

  /** The recorded calls of the endpoint's data path, newest first. */
  records(id: string, params?: EndpointRecordListParams, options?: ListOptions): Paginator<EndpointRecord> {
    return this.paginate('/integrations/endpoints/{id}/records', { id }, params, options);
  }
}
