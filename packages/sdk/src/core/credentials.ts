import { formatAuthorization, parseCredential, type Credential } from '@connect-tokens/protocol';
import { SECRET_MASK } from '@connect-tokens/protocol';

/** Thrown by `createClient` when the API key is missing or malformed, before any request is made. */
export class InvalidApiKeyError extends Error {
  override name = 'InvalidApiKeyError';
}

/** A parsed credential, ready to be sent, plus the forms that are safe to show. */
export interface ResolvedCredential {
  /** The exact `Authorization` header value. Never log this. */
  readonly authorization: string;
  /** `ApiKey SU-123-456-789:****` or `Bearer ****`. */
  readonly redacted: string;
  /** The secret alone, so redaction can mask a bare echo of it. */
  readonly secret: string;
}

/**
 * Reads what the user passed as `apiKey`: `ApiKey SU-…:secret`, `SU-…:secret`, `Bearer <token>` or a bare 40-hex
 * secret. Any other shape throws {@link InvalidApiKeyError} with a message that shows the expected forms but never
 * the value itself (it may be a secret pasted in the wrong place).
 */
export function resolveCredential(apiKey: string | undefined): ResolvedCredential {
  if (!apiKey?.trim()) {
    throw new InvalidApiKeyError(
      'No API key: pass `apiKey` to createClient() or set the CONNECT_API_KEY environment variable ' +
        '(`ApiKey SU-123-456-789:<secret>`, `SU-123-456-789:<secret>` or `Bearer <token>`).',
    );
  }
  const credential: Credential | undefined = parseCredential(apiKey);
  if (!credential) {
    throw new InvalidApiKeyError(
      `Malformed API key (${describeShape(apiKey)}): expected \`ApiKey SU-123-456-789:<secret>\`, ` +
        '`SU-123-456-789:<secret>` or `Bearer <token>`.',
    );
  }
  const authorization = formatAuthorization(credential);
  return {
    authorization,
    // Both header forms end with the secret; masking it there needs no second parse of the header.
    redacted: `${authorization.slice(0, -credential.secret.length)}${SECRET_MASK}`,
    secret: credential.secret,
  };
}

/** Says what was wrong with a key without repeating it: its length and whether it has a scheme or an id. */
function describeShape(value: string): string {
  const trimmed = value.trim();
  // Only a short alphabetic first word can be a scheme; anything else might be part of a secret.
  const scheme = /^([A-Za-z]{1,10})\s/.exec(trimmed)?.[1];
  const id = /SU-\d{3}-\d{3}-\d{3}/.test(trimmed) ? 'has a' : 'no SU-…';
  return `${trimmed.length} characters${scheme ? `, scheme "${scheme}"` : ''}, ${id} token id`;
}
