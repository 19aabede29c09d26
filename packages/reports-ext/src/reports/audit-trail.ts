import type { AuditEventWire } from '../client/wire-types';
import type { AuditTrailParameters } from '../generated/report-parameters';
import { isChecked } from '../parameters/parameter-values';
import type { ReportColumn, ReportModule, ReportRow } from './report-types';
import { scanPages } from './scan-list';
import { toDate } from './token-fields';
import { auditQuery } from './audit-query';

const COLUMNS: ReportColumn[] = [
  { key: 'at', title: 'At', type: 'date', width: 17 },
  { key: 'type', title: 'Event', type: 'string', width: 22 },
  { key: 'token_id', title: 'Token ID', type: 'string', width: 18 },
  { key: 'token_name', title: 'Token', type: 'string', width: 22 },
  { key: 'actor_id', title: 'Actor ID', type: 'string', width: 18 },
  { key: 'actor_name', title: 'Actor', type: 'string', width: 18 },
  { key: 'ip', title: 'IP', type: 'string', width: 14 },
  { key: 'reason', title: 'Reason', type: 'string', width: 14 },
  { key: 'request', title: 'Request', type: 'string', width: 24 },
  { key: 'details', title: 'Details', type: 'string', width: 30 },
  { key: 'id', title: 'Event ID', type: 'string', width: 20 },
];

/** `METHOD /path` of the request behind an event, from `details` (denied requests carry it there). */
function requestOf(event: AuditEventWire): string | null {
  const method = event.details?.['method'];
  const path = event.details?.['path'];
  return typeof method === 'string' && typeof path === 'string' ? `${method} ${path}` : null;
}

/** Token audit events of a period, optionally of some types or one token. */
export const auditTrail: ReportModule<AuditTrailParameters> = {
  id: 'audit-trail',
  columns: () => COLUMNS,
  async *generate(client, parameters, context) {
    const after = new Date(parameters.period.after);
    const before = new Date(parameters.period.before);
    const list = client.auditEvents.list(auditQuery(parameters), { signal: context.signal });
    for await (const events of scanPages(list, context)) {
      const rows: ReportRow[] = [];
      for (const event of events) {
        const at = toDate(event.at);
        if (!at || at < after || at >= before) continue;
        if (!isChecked(parameters.event_types, event.type)) continue;
        if (parameters.token && event.token?.id !== parameters.token) continue;
        rows.push({
          at,
          type: event.type,
          token_id: event.token?.id ?? null,
          token_name: event.token?.name ?? null,
          actor_id: event.actor?.id ?? null,
          actor_name: event.actor?.name ?? null,
          ip: event.ip ?? null,
          reason: event.reason ?? null,
          request: requestOf(event),
          details: event.details && Object.keys(event.details).length > 0 ? JSON.stringify(event.details) : null,
          id: event.id,
        });
      }
      yield rows;
    }
  },
};
