import type { TokenStatisticsWire, TokenWire } from '../client/wire-types';
import type { AccessStatisticsParameters } from '../generated/report-parameters';
import { isChecked } from '../parameters/parameter-values';
import { mapOrdered } from './map-ordered';
import type { ReportColumn, ReportModule, ReportRow } from './report-types';
import { scanPages } from './scan-list';
import { TOKEN_ID_COLUMNS, tokenIdCells } from './token-fields';
import { tokenQuery } from './token-query';

/** Statistics requests in flight at once. */
const CONCURRENCY = 4;

const COLUMNS: ReportColumn[] = [
  ...TOKEN_ID_COLUMNS,
  { key: 'status', title: 'Status', type: 'string', width: 9 },
  { key: 'requests', title: 'Requests', type: 'number', width: 9 },
  { key: 'status_2xx', title: '2xx', type: 'number', width: 7 },
  { key: 'status_3xx', title: '3xx', type: 'number', width: 7 },
  { key: 'status_4xx', title: '4xx', type: 'number', width: 7 },
  { key: 'status_5xx', title: '5xx', type: 'number', width: 7 },
  { key: 'by_status_code', title: 'By status code', type: 'string', width: 28 },
  { key: 'denials', title: 'Denials', type: 'number', width: 8 },
  { key: 'denials_by_reason', title: 'Denials by reason', type: 'string', width: 32 },
];

function statisticsRow(token: TokenWire, stats: TokenStatisticsWire): ReportRow {
  const classes = { status_2xx: 0, status_3xx: 0, status_4xx: 0, status_5xx: 0 };
  let requests = 0;
  const statuses = [...stats.statuses].sort((a, b) => Number(a.code) - Number(b.code));
  for (const s of statuses) {
    requests += s.total;
    const key = `status_${String(s.code).charAt(0)}xx`;
    if (key in classes) classes[key as keyof typeof classes] += s.total;
  }
  const denials = [...(stats.denials ?? [])].sort((a, b) => b.total - a.total || a.reason.localeCompare(b.reason));
  return {
    ...tokenIdCells(token),
    status: token.status,
    requests,
    ...classes,
    by_status_code: statuses.map((s) => `${s.code}: ${s.total}`).join('; '),
    denials: denials.reduce((sum, d) => sum + d.total, 0),
    denials_by_reason: denials.map((d) => `${d.reason}: ${d.total}`).join('; '),
  };
}

async function* toAsync<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** Per token: requests by HTTP status code (totals since creation) and denied accesses by reason. */
export const accessStatistics: ReportModule<AccessStatisticsParameters> = {
  id: 'access-statistics',
  columns: () => COLUMNS,
  async *generate(client, parameters, context) {
    const onlyWithTraffic = isChecked(parameters.only_with_traffic, 'with_traffic');
    const list = client.tokens.list(tokenQuery({ status: parameters.status, ordering: ['events.created.at'] }), {
      signal: context.signal,
    });
    const statistics = async (token: TokenWire) =>
      statisticsRow(token, await client.tokens.statistics.summary(token.id, { signal: context.signal }));
    // One request per token sets this report's pace, so its rows are gathered per page of tokens (the window of
    // requests in flight drains at each page's end, once per 500 tokens).
    for await (const tokens of scanPages(list, context)) {
      const rows: ReportRow[] = [];
      const selected = tokens.filter((token) => isChecked(parameters.status, token.status));
      for await (const row of mapOrdered(toAsync(selected), statistics, CONCURRENCY)) {
        if (onlyWithTraffic && row['requests'] === 0) continue;
        rows.push(row);
      }
      yield rows;
    }
  },
};
