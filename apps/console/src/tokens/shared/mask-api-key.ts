/**
 * `ApiKey SU-…:<secret>` → `ApiKey SU-…:****<last 4>`, the way the API masks keys everywhere but in the answer that
 * issued them. Screens keep the full key only in the one-time key panel; anything else they keep (a token object
 * handed back to the details page after a renew or rotate) is masked with this first.
 */
export function maskApiKey(key: string): string {
  return key.replace(/:([^:]*)$/, (_match, secret: string) => `:****${secret.slice(-4)}`);
}
