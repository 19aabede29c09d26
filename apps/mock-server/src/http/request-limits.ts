/**
 * The limits every request body is held to, with their defaults. Both are platform options
 * (`createMockPlatform({ maxBodyBytes, maxJsonDepth })`) and CLI-independent.
 */
import { DEFAULT_MAX_JSON_DEPTH } from './json-body';

/** Default largest API request body (1 MiB → 413 GEN_413 above it). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Largest body of a `/__mock/*` admin request. */
export const MAX_ADMIN_BODY_BYTES = 64 * 1024;

/** What the pipeline enforces per platform. */
export interface RequestLimits {
  /** Largest API request body, counted while reading. */
  readonly maxBodyBytes: number;
  /** Deepest nesting of arrays/objects in a JSON body. */
  readonly maxJsonDepth: number;
}

/** The limits with defaults filled in; a non-positive or non-integer value is a `TypeError` at start. */
export function requestLimits(options: { maxBodyBytes?: number; maxJsonDepth?: number }): RequestLimits {
  const check = (name: string, value: number | undefined, fallback: number): number => {
    if (value === undefined) return fallback;
    if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`${name} must be a positive integer, got ${String(value)}`);
    return value;
  };
  return {
    maxBodyBytes: check('maxBodyBytes', options.maxBodyBytes, MAX_BODY_BYTES),
    maxJsonDepth: check('maxJsonDepth', options.maxJsonDepth, DEFAULT_MAX_JSON_DEPTH),
  };
}
