import type { Bundle, ZObject } from 'zapier-platform-core';
import { ownTokenId } from './connect-client';

/**
 * Refuses to act on the connection's own token when the action would cut the connection off (deactivate, delete,
 * rotate, revoking Integrations): every later step of every Zap using the connection would then fail with 401/403
 * and Zapier would turn the Zaps off. A `HaltedError` stops this run without counting as an app failure.
 */
export function refuseOwnToken(z: ZObject, bundle: Bundle, tokenId: string, action: string): void {
  if (tokenId !== '' && tokenId === ownTokenId(bundle)) {
    throw new z.errors.HaltedError(
      `Refusing to ${action} token ${tokenId}: it is the token this Zapier connection uses, so the Zap would lock ` +
        'itself out. Use a connection with a different token to manage this one.',
    );
  }
}
