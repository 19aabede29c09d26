import type { MockStore } from '../store/mock-store';
import { tokenStatus } from '../store/token-status';
import type { TokenRecord } from '../store/types';

/**
 * Records `token.expired` the first time anyone looks at a token after its expiration date. Expiry is derived from
 * the clock, so there is no moment at which it "happens"; the first observation is the best the audit trail can do,
 * and it means no timer is needed. A list passes `now` read once: reading the clock per token was a tenth of a
 * 100k-token list.
 */
export function observeExpiry(store: MockStore, token: TokenRecord, now = store.clock.now()): void {
  if (token.expiry_audited || tokenStatus(token, now) !== 'expired') return;
  token.expiry_audited = true;
  store.audit.record({
    type: 'token.expired',
    token: { id: token.id, name: token.name },
    details: { expiration_date: token.expiration_date },
  });
}
