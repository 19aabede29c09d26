import type { Logger } from '../../src/index';

/** One line a {@link captureLogger} received. */
export interface CapturedLine {
  level: keyof Logger;
  message: string;
  fields: Record<string, unknown>;
}

/** A pino-style logger that records every line, to assert on what the SDK logs (and what it never logs). */
export function captureLogger(): { logger: Logger; lines: CapturedLine[] } {
  const lines: CapturedLine[] = [];
  const at =
    (level: keyof Logger) =>
    (fields: unknown, message?: unknown): void => {
      lines.push({ level, message: String(message), fields: fields as Record<string, unknown> });
    };
  return { logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }, lines };
}
