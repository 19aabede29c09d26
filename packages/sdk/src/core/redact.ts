/**
 * Secret redaction. Everything the SDK prints or attaches to an error goes through {@link redactText}, so a secret
 * can only leak if it is written somewhere the SDK never looks: the SDK never logs headers or bodies to begin with,
 * this is the second line of defence (e.g. a server that echoes a malformed `Authorization` header in its message).
 */

const API_KEY_IN_TEXT = /\b(ApiKey\s+SU-\d{3}-\d{3}-\d{3}:)[^\s"',;)\]}]+/gi;
const BEARER_IN_TEXT = /\b(Bearer\s+)[^\s"',;)\]}]+/gi;

/** The mask used in place of a secret. */
export const MASK = '****';

/**
 * Masks credentials in `text`: any `ApiKey SU-…:<secret>` and `Bearer <secret>` form, plus each of the exact
 * `secrets` given (the client passes its own key's secret, so even a bare echo of it is masked).
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(API_KEY_IN_TEXT, `$1${MASK}`).replace(BEARER_IN_TEXT, `$1${MASK}`);
  for (const secret of secrets) {
    // Very short strings would mask unrelated text; real secrets are 40 characters.
    if (secret.length >= 8) out = out.split(secret).join(MASK);
  }
  return out;
}
