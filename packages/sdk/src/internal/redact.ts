import { redactSecrets } from '@connect-tokens/protocol';

/**
 * Secret redaction. Everything the SDK prints or attaches to an error goes through the protocol's `redactSecrets`, so a secret
 * can only leak if it is written somewhere the SDK never looks: the SDK never logs headers or bodies to begin with,
 * this is the second line of defence (e.g. a server that echoes a malformed `Authorization` header in its message).
 */

/**
 * `error` with its text redacted, for attaching as an error's `cause` (loggers such as pino print causes): the same
 * object when nothing needed masking, otherwise a copy (same prototype where safe, `name`, redacted `message`,
 * `stack`, string fields and nested `cause`).
 */
export function redactError(error: unknown, secrets: readonly string[], depth = 0): unknown {
  const redact = (value: unknown): unknown => (typeof value === 'string' ? redactSecrets(value, secrets) : value);
  if (!(error instanceof Error) || depth > 4) return redact(error);
  const fields = error as unknown as Record<string, unknown>;
  const cause = 'cause' in error ? redactError(error.cause, secrets, depth + 1) : undefined;
  const text = [error.message, error.stack, ...Object.values(fields)].filter((v) => typeof v === 'string').join('\n');
  if (cause === error.cause && redact(text) === text) return error;
  const copy = new Error(redactSecrets(error.message, secrets), 'cause' in error ? { cause } : undefined);
  // DOMException's accessors throw on a non-DOMException receiver: keep the plain Error prototype there.
  if (typeof DOMException === 'undefined' || !(error instanceof DOMException)) {
    Object.setPrototypeOf(copy, Object.getPrototypeOf(error) as object);
  }
  for (const key of Object.keys(error))
    if (key !== 'cause') (copy as unknown as Record<string, unknown>)[key] = redact(fields[key]);
  for (const key of ['name', 'stack'] as const) {
    Object.defineProperty(copy, key, { value: redact(error[key]), writable: true, configurable: true });
  }
  return copy;
}
