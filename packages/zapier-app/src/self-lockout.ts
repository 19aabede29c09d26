import type { Bundle, ZObject } from 'zapier-platform-core';
import type { ConnectClient } from './connect-client';

/** One `/auth/context` read per invocation: Zapier builds a fresh bundle for each call of a perform. */
const ownTokenIds = new WeakMap<Bundle, Promise<string>>();

/**
 * The id of the token the connection itself uses, as the platform sees it. Asked from `/auth/context` rather than
 * read from the key, because a `Bearer <secret>` key carries no id.
 */
export function ownTokenId(client: ConnectClient, bundle: Bundle): Promise<string> {
  let id = ownTokenIds.get(bundle);
  if (id === undefined) {
    // No token in the context (not an API-token connection): no token of the account is the connection's own.
    id = client.whoami().then((context) => context.token?.id ?? '');
    // A failed read is not cached: the next call in this invocation asks again.
    id.catch(() => ownTokenIds.delete(bundle));
    ownTokenIds.set(bundle, id);
  }
  return id;
}

/**
 * Refuses to act on the connection's own token when the action would cut the connection off (deactivate, delete,
 * rotate, revoking Integrations): every later step of every Zap using the connection would then fail with 401/403
 * and Zapier would turn the Zaps off. A `HaltedError` stops this run without counting as an app failure.
 */
export async function refuseOwnToken(
  z: ZObject,
  bundle: Bundle,
  client: ConnectClient,
  tokenId: string,
  action: string,
): Promise<void> {
  if (tokenId !== '' && tokenId === (await ownTokenId(client, bundle))) {
    throw new z.errors.HaltedError(
      `Refusing to ${action} token ${tokenId}: it is the token this Zapier connection uses, so the Zap would lock ` +
        'itself out. Use a connection with a different token to manage this one.',
    );
  }
}
