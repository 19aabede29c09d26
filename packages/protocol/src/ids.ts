/**
 * Identifier and secret formats shared by the SDK (to reject a malformed key before any request) and the emulator
 * (to mint ids and secrets).
 *
 * - Token ids look like Connect's: `SU-123-456-789`.
 * - Secrets are 40 lowercase hex characters (160 bits from a CSPRNG), as Connect's API keys.
 * - An API key is `ApiKey <id>:<secret>`; the bare `<id>:<secret>` form is accepted too. A bearer token is `Bearer <secret>`.
 * - Endpoint (integration) token values are 64 random alphanumeric characters.
 */

/** `SU-123-456-789` */
import { SECRET_MASK } from './redact';

export const TOKEN_ID_PATTERN = /^SU-\d{3}-\d{3}-\d{3}$/;
/** 40 lowercase hex characters. */
export const TOKEN_SECRET_PATTERN = /^[0-9a-f]{40}$/;
/** `MD-0007` */
export const MODULE_ID_PATTERN = /^MD-\d{4}$/;
/** `EXT-000` */
export const EXTENSION_ID_PATTERN = /^EXT-\d{3}(-\d{3})?$/;
/** 64 alphanumeric characters. */
export const ENDPOINT_TOKEN_VALUE_PATTERN = /^[A-Za-z0-9]{64}$/;

/** The two parts of an `ApiKey` credential. */
export interface ApiKeyCredential {
  kind: 'api-key';
  tokenId: string;
  secret: string;
}

/** A bearer credential: only the secret. */
export interface BearerCredential {
  kind: 'bearer';
  secret: string;
}

export type Credential = ApiKeyCredential | BearerCredential;

const API_KEY_BODY = /^(SU-\d{3}-\d{3}-\d{3}):(\S+)$/;

/**
 * Parses what a user passes as a key (`ApiKey SU-…:secret`, `SU-…:secret`, `Bearer secret`, or a bare secret) or what
 * a server receives in `Authorization`. Returns `undefined` for anything else, so callers decide how to report it.
 */
export function parseCredential(value: string): Credential | undefined {
  const trimmed = value.trim();
  const space = trimmed.indexOf(' ');
  const scheme = space === -1 ? '' : trimmed.slice(0, space);
  const rest = space === -1 ? trimmed : trimmed.slice(space + 1).trim();
  if (scheme === '' || /^apikey$/i.test(scheme)) {
    const match = API_KEY_BODY.exec(rest);
    if (match) return { kind: 'api-key', tokenId: match[1]!, secret: match[2]! };
    if (scheme === '' && TOKEN_SECRET_PATTERN.test(rest)) return { kind: 'bearer', secret: rest };
    return undefined;
  }
  if (/^bearer$/i.test(scheme) && /^\S+$/.test(rest)) return { kind: 'bearer', secret: rest };
  return undefined;
}

/** The `Authorization` header value for a credential. */
export function formatAuthorization(credential: Credential): string {
  return credential.kind === 'api-key'
    ? `ApiKey ${credential.tokenId}:${credential.secret}`
    : `Bearer ${credential.secret}`;
}

/** The same header with the secret masked, safe for logs and errors: `ApiKey SU-123-456-789:****`. */
export function redactAuthorization(value: string): string {
  const credential = parseCredential(value);
  if (!credential) return SECRET_MASK;
  return credential.kind === 'api-key' ? `ApiKey ${credential.tokenId}:${SECRET_MASK}` : `Bearer ${SECRET_MASK}`;
}
