import { AuthenticationError, ConnectError, ConnectionError, InvalidApiKeyError } from '@connect-tokens/sdk';

/** An error as the console shows it: a headline and the platform's own messages. */
export interface ErrorDescription {
  /** One line: what went wrong. */
  title: string;
  /** The API's messages (`errors[]`), one per line; validation messages start with the field. */
  details: string[];
  /** `403 AUTH_005`, when the API answered. */
  code: string | undefined;
  /** The request id to quote when reporting a problem. */
  requestId: string | undefined;
  /** True when the key itself is no longer accepted: the user should sign in again. */
  signInAgain: boolean;
}

/** Turns anything thrown by the SDK (or elsewhere) into what the error display shows. Never includes a key. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ConnectError) {
    const code = error.status !== undefined ? [error.status, error.errorCode].filter(Boolean).join(' ') : undefined;
    const details = error.errors.length > 0 ? [...error.errors] : [];
    let title: string;
    if (error instanceof ConnectionError) {
      title = `Could not reach the API${error.url ? ` at ${new URL(error.url).origin}` : ''}`;
      if (details.length === 0) details.push(error.message);
    } else if (error.errors.length === 1) {
      title = error.errors[0] ?? error.message;
      details.length = 0;
    } else {
      title = error.errors.length > 1 ? 'The request was refused' : error.message;
    }
    return { title, details, code, requestId: error.requestId, signInAgain: error instanceof AuthenticationError };
  }
  if (error instanceof InvalidApiKeyError) {
    return { title: error.message, details: [], code: undefined, requestId: undefined, signInAgain: false };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    title: message || 'Something went wrong',
    details: [],
    code: undefined,
    requestId: undefined,
    signInAgain: false,
  };
}
