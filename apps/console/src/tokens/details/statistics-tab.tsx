import type { Token } from '@connect-tokens/sdk';
import type { ReactNode } from 'react';
import { useClient } from '../../session/session-context';
import { ErrorMessage } from '../../ui/error-message';
import { formatDateTime } from '../../ui/format';
import { explainErrorCode } from '../../ui/explain-error-code';
import { useAsync } from '../../ui/use-async';
import { callsByDay, dayBefore, MIN_DAYS } from './calls-by-day';
import { CallsChart } from './calls-chart';

/** A table of totals with a proportional bar per row (the number is always written out too). */
function Totals({
  caption,
  rows,
  labelHeader,
}: {
  caption: string;
  labelHeader: string;
  rows: { label: string; explanation?: string; total: number }[];
}): ReactNode {
  const max = Math.max(1, ...rows.map((row) => row.total));
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">Requests</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <td>{row.explanation ?? <code>{row.label}</code>}</td>
              <td className="bar-cell">
                <span className="bar" style={{ width: `${(row.total / max) * 100}%` }} aria-hidden="true" />
                <span className="bar-cell__value">{row.total}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Requests of the token by HTTP status code and denials by reason. */
export function StatisticsTab({ token }: { token: Token }): ReactNode {
  const client = useClient();
  const summary = useAsync((signal) => client.tokens.statistics.summary(token.id, { signal }), [client, token.id]);
  // Connect answers one day per call: today (by the server's clock, which the emulator can move) names the week.
  const daily = useAsync(
    async (signal) => {
      const today = await client.tokens.statistics.aggregates(token.id, undefined, { signal });
      const earlier = Array.from({ length: MIN_DAYS - 1 }, (_, index) =>
        client.tokens.statistics.aggregates(token.id, dayBefore(today.date, index + 1), { signal }),
      );
      return [today, ...(await Promise.all(earlier))];
    },
    [client, token.id],
  );
  if (summary.error)
    return <ErrorMessage error={summary.error} context="Could not load the statistics" onRetry={summary.reload} />;
  if (!summary.data) return <p role="status">Loading statistics…</p>;
  const { statuses, denials = [], started_tracking_at: started } = summary.data;
  return (
    <div className="statistics">
      <p className="muted">
        {started ? `Tracking since ${formatDateTime(started)}.` : 'This token has not made any request yet.'}{' '}
        <button
          type="button"
          className="btn btn--small"
          onClick={() => {
            summary.reload();
            daily.reload();
          }}
        >
          Refresh
        </button>
      </p>
      <ErrorMessage error={daily.error} context="Could not load the calls per day" onRetry={daily.reload} />
      {daily.data ? <CallsChart days={callsByDay(daily.data)} /> : null}
      <div className="grid-2">
        {statuses.length > 0 ? (
          <Totals
            caption="Requests by status code"
            labelHeader="Status code"
            rows={statuses.map((status) => ({ label: status.code, total: status.total }))}
          />
        ) : (
          <p className="empty">No requests by status code yet.</p>
        )}
        {denials.length > 0 ? (
          <Totals
            caption="Denials by reason"
            labelHeader="Reason"
            rows={denials.map((denial) => ({
              label: denial.reason,
              explanation: explainErrorCode(denial.reason),
              total: denial.total,
            }))}
          />
        ) : (
          <p className="empty">No denied requests.</p>
        )}
      </div>
    </div>
  );
}
