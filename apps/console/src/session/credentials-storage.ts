/**
 * Where the signed-in endpoint and API key live: `sessionStorage` only, so they die with the tab, are not shared
 * with other tabs, and never reach a URL, a cookie or a log.
 */

/** What the user signs in with. */
export interface Credentials {
  /** Base URL of the API, e.g. `http://127.0.0.1:4010/public/v1`. */
  endpoint: string;
  /** `ApiKey SU-…:<secret>`. */
  apiKey: string;
}

const STORAGE_KEY = 'connect-tokens-console:credentials';

/** The stored credentials, or `undefined` when there are none (or they are unreadable). */
export function loadCredentials(): Credentials | undefined {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<Credentials>;
    if (typeof parsed.endpoint !== 'string' || typeof parsed.apiKey !== 'string') return undefined;
    return { endpoint: parsed.endpoint, apiKey: parsed.apiKey };
  } catch {
    return undefined;
  }
}

/** Keeps the credentials for this tab. */
export function saveCredentials(credentials: Credentials): void {
  window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(credentials));
}

/** Forgets the credentials (sign out, or a key the server no longer accepts). */
export function clearCredentials(): void {
  window.sessionStorage.removeItem(STORAGE_KEY);
}

/** The API of the server that serves the console, the natural default when the emulator serves it at `/console`. */
export function defaultEndpoint(): string {
  return `${window.location.origin}/public/v1`;
}
