import { rql, type RqlNode } from '@connect-tokens/sdk';
import type { EndpointRecordWire, EndpointWire } from '../client/wire-types';
import type { EndpointTrafficParameters } from '../generated/report-parameters';
import type { ReportColumn, ReportModule, ReportRow } from './report-types';
import { toDate } from './token-fields';
import { REPORT_PAGE_SIZE, type TokenListParams } from './token-query';

const COLUMNS: ReportColumn[] = [
  { key: 'endpoint_id', title: 'Endpoint ID', type: 'string', width: 12 },
  { key: 'endpoint_name', title: 'Endpoint', type: 'string', width: 22 },
  { key: 'application', title: 'Application', type: 'string', width: 24 },
  { key: 'token_id', title: 'Endpoint token ID', type: 'string', width: 18 },
  { key: 'kind', title: 'Kind', type: 'string', width: 9 },
  { key: 'method', title: 'Method', type: 'string', width: 10 },
  { key: 'calls', title: 'Calls', type: 'number', width: 7 },
  { key: 'accepted', title: 'Accepted', type: 'number', width: 9 },
  { key: 'denied', title: 'Denied', type: 'number', width: 7 },
  { key: 'by_status_code', title: 'By status code', type: 'string', width: 22 },
  { key: 'first_call', title: 'First call', type: 'date', width: 17 },
  { key: 'last_call', title: 'Last call', type: 'date', width: 17 },
];

/** Counters of one (endpoint, token) pair; calls without a valid token share the pair (endpoint, none). */
interface Traffic {
  token: EndpointRecordWire['token'];
  methods: Set<string>;
  calls: number;
  accepted: number;
  denied: number;
  statuses: Map<number, number>;
  first: Date | null;
  last: Date | null;
}

/** Method order of the data path, for the method column and the primary rows. */
const METHOD_ORDER = ['GET', 'POST', 'DELETE'];
const byMethod = (a: string, b: string) =>
  (METHOD_ORDER.indexOf(a) + 1 || 99) - (METHOD_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b);

/** The RQL query of a records scan: the period (`at` ge/lt, declared in the `x-rql` of the records list), oldest first. */
export function recordsQuery(parameters: EndpointTrafficParameters): TokenListParams {
  const terms: RqlNode[] = [];
  if (parameters.period) terms.push(rql.ge('at', parameters.period.after), rql.lt('at', parameters.period.before));
  const [first, ...rest] = terms;
  return {
    filter: first === undefined ? undefined : rest.length === 0 ? first : rql.and(first, ...rest),
    ordering: ['at'],
    limit: REPORT_PAGE_SIZE,
  };
}

/** The method of a primary token: from the endpoint's list of primaries, else its name (`GET primary token`). */
function primaryMethod(
  endpoint: EndpointWire,
  token: NonNullable<EndpointRecordWire['token']>,
  methods: Set<string>,
): string {
  const known = endpoint.primary_tokens?.find((p) => p.id === token.id)?.method;
  if (known) return known;
  const named = /^([A-Z]+) primary token$/.exec(token.name)?.[1];
  return named ?? [...methods].sort(byMethod).join(', ');
}

/** Rows of one endpoint: primary tokens by method, then applications by name, then calls without a valid token. */
function endpointRows(endpoint: EndpointWire, traffic: Map<string, Traffic>): ReportRow[] {
  const rows = [...traffic.values()].map((t) => {
    const kind = t.token?.kind ?? 'none';
    const primary = kind === 'primary' && t.token ? primaryMethod(endpoint, t.token, t.methods) : null;
    const application =
      t.token === null ? '(no valid token)' : primary !== null ? `primary (${primary})` : t.token.name;
    const statuses = [...t.statuses.entries()].sort(([a], [b]) => a - b);
    return {
      sort: `${kind === 'primary' ? 0 : kind === 'none' ? 2 : 1}\u0000${primary !== null ? String(METHOD_ORDER.indexOf(primary) + 10) : application.toLowerCase()}\u0000${t.token?.id ?? ''}`,
      row: {
        endpoint_id: endpoint.id,
        endpoint_name: endpoint.name,
        application,
        token_id: t.token?.id ?? null,
        kind,
        method: [...t.methods].sort(byMethod).join(', '),
        calls: t.calls,
        accepted: t.accepted,
        denied: t.denied,
        by_status_code: statuses.map(([code, n]) => `${code}: ${n}`).join('; '),
        first_call: t.first,
        last_call: t.last,
      } satisfies ReportRow,
    };
  });
  return rows.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0)).map((r) => r.row);
}

/**
 * Traffic of the integration endpoints' data paths by endpoint token: one row per (endpoint, token) that called it,
 * with the application (secondary token name) or `primary (METHOD)`, the methods used, calls, accepted (status below
 * 400) and denied (400 and above) calls, and the first and last call. Records are streamed page by page and folded
 * into a map per endpoint keyed by token, so memory is bounded by the number of tokens, not of calls.
 */
export const endpointTraffic: ReportModule<EndpointTrafficParameters> = {
  id: 'endpoint-traffic',
  columns: () => COLUMNS,
  async *generate(client, parameters, context) {
    const query = recordsQuery(parameters);
    const after = parameters.period ? new Date(parameters.period.after) : null;
    const before = parameters.period ? new Date(parameters.period.before) : null;
    const endpoints = client.endpoints.list(
      {
        filter: parameters.endpoint ? rql.eq('id', parameters.endpoint) : undefined,
        ordering: ['id'],
        limit: REPORT_PAGE_SIZE,
      },
      { signal: context.signal },
    );
    const total = await endpoints.count().catch(() => undefined);
    context.signal.throwIfAborted();
    context.progress(0, total);
    let done = 0;
    for await (const endpoint of endpoints) {
      context.signal.throwIfAborted();
      if (parameters.endpoint && endpoint.id !== parameters.endpoint) continue;
      const traffic = new Map<string, Traffic>();
      for await (const page of client.endpoints.records(endpoint.id, query, { signal: context.signal }).pages()) {
        context.signal.throwIfAborted();
        for (const record of page.items) {
          const at = toDate(record.at);
          if (after && before && (!at || at < after || at >= before)) continue;
          const key = record.token?.id ?? '';
          let t = traffic.get(key);
          if (!t) {
            t = {
              token: record.token,
              methods: new Set(),
              calls: 0,
              accepted: 0,
              denied: 0,
              statuses: new Map(),
              first: null,
              last: null,
            };
            traffic.set(key, t);
          }
          t.methods.add(record.method);
          t.calls += 1;
          if (record.status >= 400) t.denied += 1;
          else t.accepted += 1;
          t.statuses.set(record.status, (t.statuses.get(record.status) ?? 0) + 1);
          if (at && (!t.first || at < t.first)) t.first = at;
          if (at && (!t.last || at > t.last)) t.last = at;
        }
      }
      yield endpointRows(endpoint, traffic);
      done += 1;
      context.progress(done, total);
    }
  },
};
