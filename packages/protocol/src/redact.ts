/** What a secret is replaced with wherever text may reach a user: logs, errors, CLI output. */
export const SECRET_MASK = '****';

/**
 * Secrets shorter than this are not masked: a short string would mask unrelated text, and real secrets are 40
 * characters (see `TOKEN_SECRET_PATTERN`).
 */
const MIN_SECRET_LENGTH = 8;

const API_KEY_IN_TEXT = /\b(ApiKey\s+SU-\d{3}-\d{3}-\d{3}:)[^\s"',;)\]}]+/gi;
const BEARER_IN_TEXT = /\b(Bearer\s+)[^\s"',;)\]}]+/gi;

/**
 * Masks credentials in `text`: any `ApiKey SU-…:<secret>` and `Bearer <secret>` form, plus each of the exact `secrets`
 * given (pass a key's secret part, see `parseCredential`, to mask it wherever it is quoted alone).
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text.replace(API_KEY_IN_TEXT, `$1${SECRET_MASK}`).replace(BEARER_IN_TEXT, `$1${SECRET_MASK}`);
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
    out = out.split(secret).join(SECRET_MASK);
  }
  return out;
}
