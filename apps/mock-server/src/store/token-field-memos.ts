/**
 * Memos of what filters derive from a token's fields, kept on the record: an RQL filter over 100k tokens reads the
 * same field of every token on every request, and folding the name (`ilike`, `search`) or parsing the creation date
 * (`ge(events.created.at,…)`) was most of that work. As with `expiryTime`, a memo is redone whenever its source holds
 * another value, so a record changed by any code path is never read stale.
 */
import { isoTime } from '../rql';
import type { TokenRecord } from './types';

/** `token.name` lower-cased. */
export function foldedName(token: TokenRecord): string {
  const name = token.name;
  if (token.name_folded_from !== name) {
    token.name_folded = name.toLowerCase();
    token.name_folded_from = name;
  }
  return token.name_folded;
}

/**
 * `events.created.at` as epoch milliseconds (`isoTime`), or `undefined` if it is not an ISO date. `created` is frozen
 * and only ever replaced, so its identity says whether the memo holds, without reading the object (a memory load
 * per token that a filter over 100k tokens notices).
 */
export function createdTime(token: TokenRecord): number | undefined {
  const created = token.created;
  if (token.created_parsed_from !== created) {
    token.created_parsed_ms = isoTime(created.at) ?? Number.NaN;
    token.created_parsed_from = created;
  }
  const ms = token.created_parsed_ms;
  return Number.isNaN(ms) ? undefined : ms;
}
