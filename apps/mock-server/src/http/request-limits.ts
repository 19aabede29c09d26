/**
 * The limits every request body is held to, with their defaults. Both are platform options
 * (`createMockPlatform({ maxBodyBytes, maxJsonDepth })`) and CLI-independent.
 */
import { DEFAULT_MAX_JSON_DEPTH } from './json-body';

/** Default largest API request body (1 MiB → 413 GEN_413 above it). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Largest body of a `/__mock/*` admin request. */
export const MAX_ADMIN_BODY_BYTES = 64 * 1024;

/**
 * The highest `maxJsonDepth` accepted: handlers copy (`structuredClone`) and serialise bodies, and both overflow
 * Node's default stack somewhere between 1,500 and 2,000 levels. A limit above that would let a body be stored that
 * then cannot be answered or listed (issue 16 item 6).
 */
export const MAX_JSON_DEPTH_CEILING = 1000;

/** What the pipeline enforces per platform. */
export interface RequestLimits {
  /** Largest API request body, counted while reading. */
  readonly maxBodyBytes: number;
  /** Deepest nesting of arrays/objects in a JSON body. */
  readonly maxJsonDepth: number;
}

/** The limits with defaults filled in; a value out of range is a `TypeError` at start. */
export function requestLimits(options: { maxBodyBytes?: number; maxJsonDepth?: number }): RequestLimits {
  const check = (name: string, value: number | undefined, fallback: number, ceiling: number): number => {
    if (value === undefined) return fallback;
    if (!Number.isSafeInteger(value) || value < 1 || value > ceiling) {
      throw new TypeError(`${name} must be an integer from 1 to ${ceiling}, got ${String(value)}`);
    }
    return value;
  };
  return {
    maxBodyBytes: check('maxBodyBytes', options.maxBodyBytes, MAX_BODY_BYTES, Number.MAX_SAFE_INTEGER),
    maxJsonDepth: check('maxJsonDepth', options.maxJsonDepth, DEFAULT_MAX_JSON_DEPTH, MAX_JSON_DEPTH_CEILING),
  };
}
