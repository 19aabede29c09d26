/**
 * Errors raised while reading or applying RQL. They share one base class so that the emulator can turn every one of
 * them into a `400 RQL_001` with a single `instanceof` check.
 */

/** Base class of every RQL error. */
export class RqlError extends Error {
  override name = 'RqlError';
}

/**
 * The query text is not valid RQL, or breaks one of the parser's limits.
 *
 * `position` is a 0-based index into the text given to the parser (for `parseQuery`, the raw, still percent-encoded
 * query string), so a client can point at the offending character of the URL it sent.
 */
export class RqlSyntaxError extends RqlError {
  override name = 'RqlSyntaxError';
  /** 0-based index of the offending character in the text given to the parser. */
  readonly position: number;
  /** The message without the `RQL syntax error at N:` prefix. */
  readonly reason: string;

  constructor(position: number, reason: string) {
    super(`RQL syntax error at ${position}: ${reason}`);
    this.position = position;
    this.reason = reason;
  }
}

/** The query is valid RQL but filters or orders on a field, or with an operator, that the endpoint does not allow. */
export class RqlFieldError extends RqlError {
  override name = 'RqlFieldError';
  /** The field the query named. */
  readonly field: string;
  /** The operator used on it, or `undefined` when the field itself is not allowed (or is used for ordering). */
  readonly operator: string | undefined;

  constructor(field: string, operator: string | undefined, message: string) {
    super(message);
    this.field = field;
    this.operator = operator;
  }
}
