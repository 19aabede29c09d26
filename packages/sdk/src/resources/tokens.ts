import { query, type RqlQuery, type Schema } from '@connect-tokens/protocol';
import type { ClientCore } from '../internal/client-core';
import type { RequestOptions } from '../core/request-options';
import type { ListOptions, ListQuery } from '../pagination/list-query';
import type { Paginator } from '../pagination/paginator';
import { Resource } from './resource';
import type { RqlFieldsOf } from '../rql/fields';
import { TokenPermissions } from './token-permissions';
import { TokenStatistics } from './token-statistics';
import type { AuditEvent, AuditEventListParams } from './audit-events';

/** An API token. `token` holds the full key only in the results of `create`, `renew` and `rotate`. */
export type Token = Schema<'Token'>;
/** Body of {@link Tokens.create}. */
export type TokenCreateParams = Schema<'TokenCreate'>;
/** Body of {@link Tokens.update}: only the fields present change. */
export type TokenUpdateParams = Schema<'TokenUpdate'>;
/** Body of {@link Tokens.renew}: the new expiration date (`null` or absent for never). */
export type TokenRenewParams = Schema<'TokenRenewRotate'>;
/** Body of {@link Tokens.rotate}: the new expiration date (`null` or absent for never). */
export type TokenRotateParams = Schema<'TokenRenewRotate'>;
/** The request {@link Tokens.checkAccess} evaluates: method, path and optionally the client IP. */
export type TokenCheckAccessParams = Schema<'PolicyCheckRequest'>;
/** The outcome of {@link Tokens.checkAccess}: allowed or not, and which rule decided. */
export type PolicyDecision = Schema<'PolicyDecision'>;
/** Fields a token list can filter and order on (`status`, `events.created.at`, …). */
export type TokenFilterField = RqlFieldsOf<'listTokens'>;
/** Fields of a token, for `select()`. */
export type TokenSelectField = Extract<keyof Token, string>;
/** What {@link Tokens.list} accepts: a typed query, an `rql.*` filter, RQL text or plain params. */
export type TokenListParams = ListQuery<TokenFilterField>;
/** What {@link Tokens.audit} accepts. */
export type TokenAuditParams = AuditEventListParams<'listTokenAuditEvents'>;

/**
 * API tokens (`/auth/tokens`, module MD-0007 Integrations): CRUD, lifecycle, permissions, audit, statistics and a
 * dry-run policy check.
 */
export class Tokens extends Resource {
  /** Module permissions of a token. */
  declare readonly permissions: TokenPermissions;
  /** Request statistics of a token. */
  declare readonly statistics: TokenStatistics;

  constructor(core: ClientCore) {
    super(core);
    this.permissions = new TokenPermissions(core);
    this.statistics = new TokenStatistics(core);
  }

  /**
   * A query builder typed to the fields tokens can be filtered and ordered on:
   * `client.tokens.query().filter((r) => r.eq('status', 'active')).ordering('-events.created.at')`.
   */
  query(): RqlQuery<TokenFilterField, TokenSelectField> {
    return query<TokenFilterField, TokenSelectField>();
  }

  /**
   * Lists tokens, newest first unless the query orders them. Iterate the result with `for await`; see
   * {@link Paginator} for pages, `count()`, `first()` and `toArray()`. Secrets are masked.
   */
  list(params?: TokenListParams, options?: ListOptions): Paginator<Token> {
    return this.paginate<'/auth/tokens', TokenFilterField, string>('/auth/tokens', undefined, params, options);
  }

  /** One token by id (`SU-123-456-789`). Throws {@link NotFoundError} for unknown and deleted tokens. */
  get(id: string, options?: RequestOptions): Promise<Token> {
    const { core } = this;
    return core.data(core.api.GET('/auth/tokens/{pk}', { params: { path: { pk: id } }, ...core.init(options) }));
  }

  /**
   * Creates an active token. The result's `token` is the full key, shown this once: store it now. Safe to retry:
   * the call carries one `Idempotency-Key` for all its attempts, so a retried create never makes a second token.
   * The extension is given by id (`{ id: 'EXT-002' }`) or, as on Connect, by type name (`{ name: 'zapier' }`).
   */
  create(params: TokenCreateParams, options?: RequestOptions): Promise<Token> {
    const { core } = this;
    return core.data(core.api.POST('/auth/tokens', { body: params, ...core.init(options) }));
  }

  /** Changes the fields present in `params`; `access_rules` replaces the whole rule set. */
  update(id: string, params: TokenUpdateParams, options?: RequestOptions): Promise<Token> {
    const { core } = this;
    return core.data(
      core.api.PUT('/auth/tokens/{pk}', { params: { path: { pk: id } }, body: params, ...core.init(options) }),
    );
  }

  /** Deletes a token; its key stops working at once (`401 AUTH_001`). */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    const { core } = this;
    await core.data(core.api.DELETE('/auth/tokens/{pk}', { params: { path: { pk: id } }, ...core.init(options) }));
  }

  /** `inactive` → `active`. An expired token cannot be activated (`400 TKN_001`): renew it. */
  activate(id: string, options?: RequestOptions): Promise<Token> {
    const { core } = this;
    return core.data(
      core.api.POST('/auth/tokens/{pk}/activate', { params: { path: { pk: id } }, ...core.init(options) }),
    );
  }

  /** `active`/`expiring` → `inactive`; the key is refused (`401 AUTH_003`) until activated again. */
  deactivate(id: string, options?: RequestOptions): Promise<Token> {
    const { core } = this;
    return core.data(
      core.api.POST('/auth/tokens/{pk}/deactivate', { params: { path: { pk: id } }, ...core.init(options) }),
    );
  }

  /**
   * New secret and expiration date; the previous key keeps working until its own expiry (`renewed_token`), so
   * clients can switch over gently. The result's `token` is the new full key.
   */
  renew(id: string, params: TokenRenewParams = {}, options?: RequestOptions): Promise<Token> {
    const { core } = this;
    return core.data(
      core.api.POST('/auth/tokens/{pk}/renew', { params: { path: { pk: id } }, body: params, ...core.init(options) }),
    );
  }

  /**
   * New secret and expiration date; the previous key stops working at once (use after a leak). The result's `token`
   * is the new full key.
   */
  rotate(id: string, params: TokenRotateParams = {}, options?: RequestOptions): Promise<Token> {
    const { core } = this;
    return core.data(
      core.api.POST('/auth/tokens/{pk}/rotate', { params: { path: { pk: id } }, body: params, ...core.init(options) }),
    );
  }

  /** The token's audit trail, newest first: what happened to it and which requests it was denied. */
  audit(id: string, params?: TokenAuditParams, options?: ListOptions): Paginator<AuditEvent> {
    return this.paginate('/auth/tokens/{pk}/audit', { pk: id }, params, options);
  }

  /**
   * Would this token be allowed to call `method path` from `ip`? Evaluates status, expiry, modules, IP and API rules
   * and the rate limit without making the call; the decision names the rule that decided.
   */
  checkAccess(id: string, params: TokenCheckAccessParams, options?: RequestOptions): Promise<PolicyDecision> {
    const { core } = this;
    return core.data(
      core.api.POST('/auth/tokens/{pk}/check', { params: { path: { pk: id } }, body: params, ...core.init(options) }),
    );
  }
}
