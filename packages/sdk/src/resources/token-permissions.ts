import type { Schema } from '@connect-tokens/protocol';
import type { RequestOptions } from '../core/request-options';
import type { ListOptions, ListQuery } from '../pagination/list-query';
import type { Paginator } from '../pagination/paginator';
import { Resource } from './resource';
import type { RqlFieldsOf } from '../rql/fields';

/** One module granted to a token. */
export type Permission = Schema<'Permission'>;
/** What {@link TokenPermissions.grant} accepts: a module id (`MD-0007`) or Connect's `{ object: { id } }` body. */
export type PermissionGrantParams = string | Schema<'PermissionMerge'>;
/** Fields a permission list can filter and order on. */
export type PermissionFilterField = RqlFieldsOf<'listTokenPermissions'>;
/** What {@link TokenPermissions.list} accepts. */
export type PermissionListParams = ListQuery<PermissionFilterField>;

/** Module permissions of a token (`/auth/tokens/{token_pk}/permissions`). */
export class TokenPermissions extends Resource {
  /** The modules granted to a token. */
  list(tokenId: string, params?: PermissionListParams, options?: ListOptions): Paginator<Permission> {
    return this.paginate('/auth/tokens/{token_pk}/permissions', { token_pk: tokenId }, params, options);
  }

  /** Grants a module: `grant('SU-…', 'MD-0007')`. Granting one twice is `400 TKN_002`. */
  grant(tokenId: string, module: PermissionGrantParams, options?: RequestOptions): Promise<Permission> {
    const { core } = this;
    const body = typeof module === 'string' ? { object: { id: module } } : module;
    return core.data(
      core.api.POST('/auth/tokens/{token_pk}/permissions', {
        params: { path: { token_pk: tokenId } },
        body,
        ...core.init(options),
      }),
    ) as Promise<Permission>;
  }

  /** Revokes one permission, by permission id or by module id (`MD-0007`). */
  async revoke(tokenId: string, permissionOrModuleId: string, options?: RequestOptions): Promise<void> {
    const { core } = this;
    await core.data(
      core.api.DELETE('/auth/tokens/{token_pk}/permissions/{id}', {
        params: { path: { token_pk: tokenId, id: permissionOrModuleId } },
        ...core.init(options),
      }),
    );
  }

  /** Revokes every module of the token. */
  async revokeAll(tokenId: string, options?: RequestOptions): Promise<void> {
    const { core } = this;
    await core.data(
      core.api.DELETE('/auth/tokens/{token_pk}/permissions', {
        params: { path: { token_pk: tokenId } },
        ...core.init(options),
      }),
    );
  }
}
