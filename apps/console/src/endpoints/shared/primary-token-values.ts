import type { Endpoint } from '@connect-tokens/sdk';
import { isFullValue } from './endpoint-labels';
import type { OneTimeValue } from './one-time-values';

/** The primary token values an answer holds in full (create, update that generated tokens), for {@link OneTimeValues}. */
export function freshPrimaryValues(endpoint: Pick<Endpoint, 'primary_tokens'>): OneTimeValue[] {
  return endpoint.primary_tokens
    .filter((token) => isFullValue(token.value))
    .map((token) => ({ label: `${token.method} primary token`, value: token.value }));
}
