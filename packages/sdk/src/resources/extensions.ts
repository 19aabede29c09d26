import type { Schema } from '@connect-tokens/protocol';
import type { RequestOptions } from '../core/request-options';
import type { ListOptions, ListQuery } from '../pagination/list-query';
import type { Paginator } from '../pagination/paginator';
import { Resource } from './resource';
import type { RqlFieldsOf } from '../rql/fields';

/** An extension tokens belong to (`EXT-000` Custom, …). */
export type Extension = Schema<'Extension'>;
/** Fields an extension list can filter and order on. */
export type ExtensionFilterField = RqlFieldsOf<'listExtensions'>;
/** What {@link Extensions.list} accepts. */
export type ExtensionListParams = ListQuery<ExtensionFilterField>;

/** The extensions tokens belong to (`/extensions`); any authenticated token may read them. */
export class Extensions extends Resource {
  /** Every extension. */
  list(params?: ExtensionListParams, options?: ListOptions): Paginator<Extension> {
    return this.paginate('/extensions', undefined, params, options);
  }

  /** One extension by id (`EXT-000`). */
  get(id: string, options?: RequestOptions): Promise<Extension> {
    const { core } = this;
    return core.data(core.api.GET('/extensions/{id}', { params: { path: { id } }, ...core.init(options) }));
  }
}
