import { ConnectError, InvalidApiKeyError, redactSecrets } from '@connect-tokens/sdk';
import { describeModule } from '../client/module-names';
import { findReportDescriptor } from '../descriptor/descriptor';
import { ReportsError } from '../errors';
import { UsageError } from './cli-args';

/** An error as the CLI prints it: one message, an exit code, never a stack trace. */
export interface DescribedError {
  message: string;
  /** 2 for usage and parameter errors, 1 for everything else. */
  exitCode: number;
}

function modulesIn(error: ConnectError): string[] {
  const text = [error.message, ...(error.errors ?? [])].join(' ');
  return [...new Set(text.match(/MD-\d{4}/g) ?? [])];
}

/**
 * Masks the API keys given (whole, as typed, and their secret part alone: messages may quote either) by the SDK's
 * redaction rule, so a key never prints.
 */
export function redact(text: string, keys: readonly (string | undefined)[]): string {
  return redactSecrets(
    text,
    keys.flatMap((key) => (key ? [key, key.slice(key.lastIndexOf(':') + 1)] : [])),
  );
}

/**
 * Turns any failure of a CLI run into a sentence a person can act on: which parameter, that the key was rejected,
 * which module the token lacks. `reportId` names the report being run, to list the modules it needs.
 */
export function describeError(error: unknown, reportId?: string): DescribedError {
  if (error instanceof UsageError)
    return { message: `${error.message}\nRun "connect-reports --help" for usage.`, exitCode: 2 };
  if (error instanceof ReportsError) {
    const usage =
      error.name === 'ParameterError' ||
      error.name === 'UnknownReportError' ||
      error.name === 'UnsupportedRendererError';
    return { message: error.message, exitCode: usage ? 2 : 1 };
  }
  if (error instanceof InvalidApiKeyError) {
    return { message: `The API key is malformed: ${error.message}`, exitCode: 2 };
  }
  if (
    error instanceof Error &&
    (error.name === 'AbortError' || error.name === 'TimeoutError') &&
    !(error instanceof ConnectError)
  ) {
    return { message: 'Cancelled.', exitCode: 130 };
  }
  if (error instanceof ConnectError) {
    const code = error.errorCode ? ` ${error.errorCode}` : '';
    if (error.status === 401) {
      return {
        message: `The platform rejected the API key (401${code}). Check --api-key or CONNECT_API_KEY: the token may be wrong, deactivated or expired.`,
        exitCode: 1,
      };
    }
    if (error.status === 403) {
      const report = reportId ? findReportDescriptor(reportId) : undefined;
      const named = modulesIn(error);
      const modules = named.length > 0 ? named : (report?.required_modules ?? []);
      const what = report ? `run "${report.name}"` : 'do this';
      const lacks = modules.length > 0 ? `: it lacks module ${modules.map(describeModule).join(', ')}` : '';
      // The platform's own words only when they add something: a module named in them is already in `lacks`.
      const detail = named.length === 0 && error.errors?.length ? ` (${error.errors.join('; ')})` : '';
      return {
        message: `The token is not allowed to ${what}${lacks}${detail}. Grant the module to the token, or use a token that has it.`,
        exitCode: 1,
      };
    }
    if (error.status === undefined) {
      return { message: `Could not reach the platform: ${error.message}`, exitCode: 1 };
    }
    const detail = error.errors?.length ? `: ${error.errors.join('; ')}` : '';
    return { message: `The platform answered ${error.status}${code}${detail}`, exitCode: 1 };
  }
  if (error instanceof SyntaxError) return { message: error.message, exitCode: 2 };
  return { message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`, exitCode: 1 };
}
