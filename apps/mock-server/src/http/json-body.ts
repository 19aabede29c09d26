/**
 * JSON request bodies: parsed with a nesting limit checked before `JSON.parse` runs, so a hostile body (a webhook's
 * `data` 5000 levels deep) is a 400 at the door instead of a stack overflow in a validator, serializer or
 * `structuredClone` after the change was stored.
 */
import { ApiError } from './errors';

/** Default deepest nesting of arrays and objects accepted in a JSON body (`createMockPlatform({ maxJsonDepth })`). */
export const DEFAULT_MAX_JSON_DEPTH = 64;

/** The deepest nesting of `[`/`{` in JSON text (outside strings); stops counting once past `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Parses a JSON body; 400 VAL_001 when it is not JSON or nests deeper than `maxDepth`. */
export function parseJsonBody(text: string, maxDepth: number): unknown {
  if (jsonDepthExceeds(text, maxDepth)) {
    throw new ApiError('VAL_001', `body: JSON nests deeper than ${maxDepth} levels`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError('VAL_001', `body: invalid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
}

/** True for `application/json` and `application/*+json`, with any parameters. */
export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = value.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}
