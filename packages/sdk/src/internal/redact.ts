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

/**
 * `error` with its text redacted, for attaching as an error's `cause` (loggers such as pino print causes): the same
 * object when nothing needed masking, otherwise a copy (same prototype where safe, `name`, redacted `message`,
 * `stack`, string fields and nested `cause`).
 */
export function redactError(error: unknown, secrets: readonly string[], depth = 0): unknown {
  const redact = (value: unknown): unknown => (typeof value === 'string' ? redactText(value, secrets) : value);
  if (!(error instanceof Error) || depth > 4) return redact(error);
  const fields = error as unknown as Record<string, unknown>;
  const cause = 'cause' in error ? redactError(error.cause, secrets, depth + 1) : undefined;
  const text = [error.message, error.stack, ...Object.values(fields)].filter((v) => typeof v === 'string').join('\n');
  if (cause === error.cause && redact(text) === text) return error;
  const copy = new Error(redactText(error.message, secrets), 'cause' in error ? { cause } : undefined);
  // DOMException's accessors throw on a non-DOMException receiver: keep the plain Error prototype there.
  if (typeof DOMException === 'undefined' || !(error instanceof DOMException)) {
    Object.setPrototypeOf(copy, Object.getPrototypeOf(error) as object);
  }
  for (const key of Object.keys(error)) if (key !== 'cause') (copy as unknown as Record<string, unknown>)[key] = redact(fields[key]);
  for (const key of ['name', 'stack'] as const) {
    Object.defineProperty(copy, key, { value: redact(error[key]), writable: true, configurable: true });
  }
  return copy;
}
