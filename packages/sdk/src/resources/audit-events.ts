import type { operations, Schema } from '@connect-tokens/protocol';
import type { ListOptions, ListQuery } from '../pagination/list-query';
import type { Paginator } from '../pagination/paginator';
import { Resource } from './resource';
import type { RqlFieldsOf } from '../rql/fields';

/** One audit log entry. Never contains secrets. */
export type AuditEvent = Schema<'AuditEvent'>;
/** Fields an audit list can filter and order on (`type`, `token.id`, `actor.id`, `at`). */
export type AuditEventFilterField<Op extends keyof typeof operations = 'listAuditEvents'> = RqlFieldsOf<Op>;
/** What {@link AuditEvents.list} accepts. */
export type AuditEventListParams<Op extends keyof typeof operations = 'listAuditEvents'> = ListQuery<
  AuditEventFilterField<Op>
>;

/** The account-wide audit trail (`/auth/audit`): token and endpoint events, including denied requests. */
export class AuditEvents extends Resource {
  /** Audit events, newest first: `list(rql.eq('type', 'token.rotated'))`. */
  list(params?: AuditEventListParams, options?: ListOptions): Paginator<AuditEvent> {
    return this.paginate('/auth/audit', undefined, params, options);
  }
}
