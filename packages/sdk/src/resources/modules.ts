import type { Schema } from '@connect-tokens/protocol';
import type { RequestOptions } from '../core/request-options';
import type { ListOptions, ListQuery } from '../pagination/list-query';
import type { Paginator } from '../pagination/paginator';
import { Resource } from './resource';
import type { RqlFieldsOf } from '../rql/fields';

/** A module a token can be granted (`MD-0007` Integrations, …). */
export type Module = Schema<'Module'>;
/** Fields a module list can filter and order on. */
export type ModuleFilterField = RqlFieldsOf<'listModules'>;
/** What {@link Modules.list} accepts. */
export type ModuleListParams = ListQuery<ModuleFilterField>;

/** The modules tokens can be granted (`/modules`); any authenticated token may read them. */
export class Modules extends Resource {
  /** Every module. */
  list(params?: ModuleListParams, options?: ListOptions): Paginator<Module> {
    return this.paginate('/modules', undefined, params, options);
  }

  /** One module by id (`MD-0007`). */
  get(id: string, options?: RequestOptions): Promise<Module> {
    const { core } = this;
    return core.data(core.api.GET('/modules/{pk}', { params: { path: { pk: id } }, ...core.init(options) }));
  }
}
