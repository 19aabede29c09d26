import { redactSecrets } from '@connect-tokens/protocol';

/** How much the SDK logs. `debug` logs one line per HTTP attempt; the default `warn` only logs what needs attention. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

type LogFn = (...args: unknown[]) => void;

/**
 * Where log lines go. `console` fits, and so does a pino or winston logger: the SDK calls each method as
 * `logger.debug(fields, message)` (pino's order), except for the default console logger which gets
 * `console.debug('[connect-tokens] message', fields)` so the message comes first.
 */
export interface Logger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

/** Structured fields of a log line. They never contain headers or bodies. */
export type LogFields = Record<string, string | number | boolean | undefined>;

const LEVELS: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** True for the five level names; used to validate `logLevel` and `CONNECT_LOG_LEVEL`. */
export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.hasOwn(LEVELS, value);
}

/** The SDK's internal logger: filters by level and redacts every message and field before it leaves. */
export class SdkLogger {
  // Private fields (not TS `private`) so the secrets never show in `util.inspect` of anything holding the logger.
  readonly #sink: Logger | undefined;
  readonly #secrets: readonly string[];
  declare readonly level: LogLevel;

  constructor(sink: Logger | undefined, level: LogLevel, secrets: readonly string[]) {
    this.#sink = sink;
    this.level = level;
    this.#secrets = secrets;
  }

  /** True when a line at `level` would be written, so callers can skip building expensive fields. */
  enabled(level: Exclude<LogLevel, 'off'>): boolean {
    return LEVELS[level] <= LEVELS[this.level];
  }

  log(level: Exclude<LogLevel, 'off'>, message: string, fields: LogFields = {}): void {
    if (!this.enabled(level)) return;
    const safeMessage = redactSecrets(message, this.#secrets);
    const safeFields: LogFields = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      safeFields[key] = typeof value === 'string' ? redactSecrets(value, this.#secrets) : value;
    }
    try {
      if (this.#sink) this.#sink[level](safeFields, safeMessage);
      else console[level](`[connect-tokens] ${safeMessage}`, safeFields);
    } catch {
      // A broken logger must never break a request.
    }
  }
}
