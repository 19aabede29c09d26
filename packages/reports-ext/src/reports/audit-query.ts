import { rql, type RqlNode } from '@connect-tokens/sdk';
import type { AuditTrailParameters } from '../generated/report-parameters';
import { REPORT_PAGE_SIZE, type TokenListParams } from './token-query';

/**
 * The RQL query of an audit-trail scan: the period (`at` ge/lt), event types and token, all declared in the
 * `x-rql` of `GET /auth/audit`, oldest first so the report reads as a timeline.
 */
export function auditQuery(parameters: AuditTrailParameters): TokenListParams {
  const terms: [RqlNode, ...RqlNode[]] = [
    rql.ge('at', parameters.period.after),
    rql.lt('at', parameters.period.before),
  ];
  if (!parameters.event_types.all) {
    terms.push(rql.in('type', parameters.event_types.choices.length > 0 ? parameters.event_types.choices : ['none']));
  }
  if (parameters.token) terms.push(rql.eq('token.id', parameters.token));
  return { filter: rql.and(...terms), ordering: ['at'], limit: REPORT_PAGE_SIZE };
}
