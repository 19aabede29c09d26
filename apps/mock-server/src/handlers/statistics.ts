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

/** A real calendar day `YYYY-MM-DD` (the pattern alone lets `2026-02-31` through). */
function isDay(value: string): boolean {
  if (!DATE.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(value);
}

/** Connect's shape: one object, the counts of one UTC day (today unless `date` names another). */
function aggregates(ctx: RequestContext): Response {
  const { store, clock } = ctx.runtime;
  const token = tokenOr404(store, ctx.params.id);
  const errors = new FieldErrors();
  const requested = ctx.url.searchParams.get('date');
  if (requested !== null && !isDay(requested)) errors.add('date', 'must be a day (YYYY-MM-DD)');
  errors.throwIfAny();
  const date = requested ?? clock.iso().slice(0, 10);
  const counts = store.statistics.get(token.id)?.daily.get(date);
  const statuses = counts
    ? [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, count]) => ({ code, count }))
    : [];
  return jsonResponse({ date, statuses });
}

/** Routes of this file. */
export const statisticsRoutes: Record<string, RouteImplementation> = {
  'GET /statistics/tokens/{id}/summary': { handle: summary },
  'GET /statistics/tokens/{id}/aggregates': { handle: aggregates },
};
