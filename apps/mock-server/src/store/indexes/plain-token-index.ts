/**
 * The reference {@link TokenIndex}: keeps nothing but the newest-first array, and works out statuses, folded names,
 * dates and orders again on every list. Slow on large stores by design; the behaviour suite holds the indexed one to
 * exactly what this one answers.
 */
import { isoTime } from '../../rql';
import { EXPIRED, tokenStatusCode } from '../token-status';
import type { TokenRecord } from '../types';
import type { TokenIndex, TokenListView } from './token-index';

export function createPlainTokenIndex(): TokenIndex {
  const byCreation = new Set<TokenRecord>();
  let newestFirst: TokenRecord[] | undefined;
  const drop = (): void => {
    newestFirst = undefined;
  };
  return {
    inserted: (token) => {
      byCreation.add(token);
      drop();
    },
    changed: () => {},
    deleted: (token) => {
      byCreation.delete(token);
      drop();
    },
    cleared: () => {
      byCreation.clear();
      drop();
    },
    view(now, onExpired): TokenListView {
      newestFirst ??= [...byCreation].reverse();
      const tokens = newestFirst;
      const statuses = tokens.map((token) => tokenStatusCode(token, now));
      statuses.forEach((code, row) => {
        if (code === EXPIRED) onExpired(tokens[row]!);
      });
      return {
        tokens,
        rows: tokens.map((_, row) => row),
        status: (row) => statuses[row]!,
        foldedName: (row) => tokens[row]!.name.toLowerCase(),
        createdTime: (row) => isoTime(tokens[row]!.created.at),
        kept: () => undefined,
      };
    },
  };
}
