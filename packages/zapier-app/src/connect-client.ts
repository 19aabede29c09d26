import type { Bundle, ZObject } from 'zapier-platform-core';
import { createClient, DEFAULT_ENDPOINT } from '@connect-tokens/sdk';
import { toZapierError } from './errors';
import { zRequestFetch } from './z-request-fetch';

/** The SDK client an operation uses. */
export type ConnectClient = ReturnType<typeof createClient>;

/**
 * An SDK client for one Zapier call, speaking HTTP through `z.request` (see `z-request-fetch.ts`).
 *
 * Retries are left to Zapier: an operation must finish within 30 s, and a `ThrottledError` lets Zapier reschedule
 * the whole step after `Retry-After` instead of sleeping inside it.
 */
export function connectClient(z: ZObject, bundle: Bundle): ConnectClient {
  // An empty endpoint field means the SDK's default, the public Connect API.
  const endpoint = (bundle.authData.endpoint ?? '').trim() || DEFAULT_ENDPOINT;
  return createClient({
    endpoint: endpoint.replace(/\/+$/, ''),
    apiKey: (bundle.authData.api_key ?? '').trim(),
    fetch: zRequestFetch(z),
    maxRetries: 0,
    // Below Zapier's 30 s per step, so a slow call fails with a timeout the user can read, not a killed run.
    timeoutMs: 25_000,
    // Zapier's console: SDK warnings land in the integration's logs (censored), not on a stdout nobody reads.
    logger: z.console,
  });
}

/**
 * Runs `work` with a client and turns any failure (a malformed key included) into the error Zapier should see
 * (`errors.ts`). Every operation goes through here, so error handling is the same everywhere.
 */
export async function withConnect<T>(
  z: ZObject,
  bundle: Bundle,
  work: (client: ConnectClient) => Promise<T>,
): Promise<T> {
  try {
    return await work(connectClient(z, bundle));
  } catch (error) {
    throw toZapierError(z, error);
  }
}
