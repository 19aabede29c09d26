/**
 * Small readers for request bodies that the spec's schema has already validated. They only add the checks a schema
 * cannot express (dates in the future, ids that must exist, valid CIDRs), as VAL_001 with field-prefixed messages.
 */
import { isValidCidr } from '../net/cidr';
import { ApiError } from '../http/errors';
import type { ApiRule } from '../store/types';

export type Body = Record<string, unknown>;

/** The body as an object (`{}` when none was sent). */
export function bodyObject(body: unknown): Body {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new ApiError('VAL_001', 'body: must be an object');
  return body as Body;
}

/** Collects field errors and throws them together, so a client sees every problem at once. */
export class FieldErrors {
  private readonly errors: string[] = [];
  add(field: string, message: string): void {
    this.errors.push(`${field}: ${message}`);
  }
  throwIfAny(): void {
    if (this.errors.length > 0) throw new ApiError('VAL_001', this.errors);
  }
}

/** A date-time that must be in the future (or `null`/absent). Returns the normalised ISO string. */
export function futureDate(errors: FieldErrors, field: string, value: unknown, now: number): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    errors.add(field, 'must be an ISO 8601 date-time');
    return undefined;
  }
  const ms = Date.parse(value);
  if (ms <= now) {
    errors.add(field, 'must be in the future');
    return undefined;
  }
  return new Date(ms).toISOString();
}

/** A list of CIDRs. */
export function cidrList(errors: FieldErrors, field: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    errors.add(field, 'must be an array of CIDR ranges');
    return undefined;
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    if (typeof item !== 'string' || !isValidCidr(item))
      errors.add(`${field}.${i}`, 'must be an IPv4 or IPv6 address or CIDR range');
    else out.push(item);
  });
  return out;
}

/** A list of API rules `{method, path}` (shape already checked by the schema). */
export function apiRuleList(errors: FieldErrors, field: string, value: unknown): ApiRule[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    errors.add(field, 'must be an array of {method, path}');
    return undefined;
  }
  const out: ApiRule[] = [];
  value.forEach((item, i) => {
    const rule = item as { method?: unknown; path?: unknown };
    if (typeof rule?.method !== 'string' || typeof rule.path !== 'string' || !rule.path.startsWith('/')) {
      errors.add(`${field}.${i}`, "must be {method, path} with a path starting with '/'");
    } else {
      out.push({ method: rule.method.toUpperCase(), path: rule.path });
    }
  });
  return out;
}

/** Reads `x.id` or a bare string id. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string')
    return (value as { id: string }).id;
  return undefined;
}
