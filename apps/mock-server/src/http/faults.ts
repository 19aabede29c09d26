/**
 * Seeded fault injection per route, to exercise clients' retry, timeout and backoff logic against a server that
 * misbehaves reproducibly. Keys are `METHOD /path/template` as in the spec (`GET /auth/tokens/{pk}`), or `*` for
 * every route; a route's own entry replaces `*` entirely.
 */
import { ApiError } from './errors';

/** Faults of one route. Rates are probabilities in [0, 1]; they are tried in the order reset, 503, 500, 429. */
export interface RouteFaults {
  /** Added latency before the request is handled. */
  latencyMs?: number;
  /** Probability of a `429 AUTH_008` with `Retry-After: retryAfterS`. */
  rate429?: number;
  /** `Retry-After` of injected 429s and 503s (seconds, default 1). */
  retryAfterS?: number;
  /** Probability of a `500 GEN_500`. */
  rate500?: number;
  /** Probability of a `503 GEN_503` with `Retry-After`. */
  rate503?: number;
  /** Probability of a dropped connection (`HttpResponse.error()`; a socket reset over HTTP). */
  rateReset?: number;
}

/** The whole fault configuration. */
export interface FaultConfig {
  routes: Record<string, RouteFaults>;
}

/** What the dice decided for one request. */
export type FaultOutcome =
  | { kind: 'none' }
  | { kind: 'reset' }
  | { kind: 'status'; status: 429 | 500 | 503; retryAfterS: number };

const RATE_KEYS = ['rate429', 'rate500', 'rate503', 'rateReset'] as const;
const KNOWN_KEYS = new Set<string>([...RATE_KEYS, 'latencyMs', 'retryAfterS']);

/** Validates an untrusted fault configuration (from the CLI or `PUT /__mock/faults`); throws VAL_001 on errors. */
export function parseFaultConfig(input: unknown): FaultConfig {
  const errors: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new ApiError('VAL_001', 'body: must be an object');
  const raw = (input as { routes?: unknown }).routes ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ApiError('VAL_001', 'routes: must be an object');
  for (const key of Object.keys(input)) if (key !== 'routes') errors.push(`${key}: unknown field`);
  const routes: Record<string, RouteFaults> = {};
  for (const [route, value] of Object.entries(raw)) {
    if (route !== '*' && !/^(GET|PUT|POST|DELETE|PATCH|\*) \/\S*$/.test(route)) {
      errors.push(`routes.${route}: must be '*' or 'METHOD /path/template'`);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(`routes.${route}: must be an object`);
      continue;
    }
    const faults: RouteFaults = {};
    for (const [key, v] of Object.entries(value)) {
      if (!KNOWN_KEYS.has(key)) {
        errors.push(`routes.${route}.${key}: unknown field`);
      } else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        errors.push(`routes.${route}.${key}: must be a non-negative number`);
      } else if ((RATE_KEYS as readonly string[]).includes(key) && v > 1) {
        errors.push(`routes.${route}.${key}: must be between 0 and 1`);
      } else if (key === 'latencyMs' && v > 120_000) {
        errors.push(`routes.${route}.${key}: must be at most 120000`);
      } else {
        faults[key as keyof RouteFaults] = v;
      }
    }
    routes[route] = faults;
  }
  if (errors.length > 0) throw new ApiError('VAL_001', errors);
  return { routes };
}

/** The faults that apply to a route: its own entry, `* /template`, or `*`. */
export function faultsFor(config: FaultConfig, method: string, template: string): RouteFaults | undefined {
  return config.routes[`${method} ${template}`] ?? config.routes[`* ${template}`] ?? config.routes['*'];
}

/** Rolls the dice once for a request. */
export function rollFaults(faults: RouteFaults, roll: number): FaultOutcome {
  const retryAfterS = faults.retryAfterS ?? 1;
  let threshold = 0;
  threshold += faults.rateReset ?? 0;
  if (roll < threshold) return { kind: 'reset' };
  threshold += faults.rate503 ?? 0;
  if (roll < threshold) return { kind: 'status', status: 503, retryAfterS };
  threshold += faults.rate500 ?? 0;
  if (roll < threshold) return { kind: 'status', status: 500, retryAfterS };
  threshold += faults.rate429 ?? 0;
  if (roll < threshold) return { kind: 'status', status: 429, retryAfterS };
  return { kind: 'none' };
}
