/** `/statistics/tokens/{id}/summary` and `/aggregates`: usage by HTTP status, counted by the request pipeline. */
import type { RequestContext, RouteImplementation } from '../http/context';
import { jsonResponse } from '../http/errors';
import { FieldErrors } from './body';
import { tokenOr404 } from './serializers';

function summary(ctx: RequestContext): Response {
  const { store } = ctx.runtime;
  const token = tokenOr404(store, ctx.params.id);
  const stats = store.statistics.get(token.id);
  const statuses = stats
    ? [...stats.statuses.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, counter]) => ({ code, total: counter.total, since_last_reset: counter.since_last_reset }))
    : [];
  const denials = stats
    ? [...stats.denials.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([reason, total]) => ({ reason, total }))
    : [];
  return jsonResponse({ id: token.id, statuses, started_tracking_at: stats?.started_tracking_at ?? null, denials });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Per-day counts, optionally between `from` and `to` (inclusive `YYYY-MM-DD`). */
function aggregates(ctx: RequestContext): Response {
  const { store } = ctx.runtime;
  const token = tokenOr404(store, ctx.params.id);
  const errors = new FieldErrors();
  const from = ctx.url.searchParams.get('from');
  const to = ctx.url.searchParams.get('to');
  if (from !== null && !DATE.test(from)) errors.add('from', 'must be a date (YYYY-MM-DD)');
  if (to !== null && !DATE.test(to)) errors.add('to', 'must be a date (YYYY-MM-DD)');
  errors.throwIfAny();
  const days = [...(store.statistics.get(token.id)?.daily.entries() ?? [])]
    .filter(([date]) => (from === null || date >= from) && (to === null || date <= to))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, counts]) => ({
      date,
      statuses: [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, count]) => ({ code, count })),
    }));
  return jsonResponse(days);
}

/** Routes of this file. */
export const statisticsRoutes: Record<string, RouteImplementation> = {
  'GET /statistics/tokens/{id}/summary': { handle: summary },
  'GET /statistics/tokens/{id}/aggregates': { handle: aggregates },
};
