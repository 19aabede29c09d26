import type { ReactNode } from 'react';
import { useSession } from '../session/session-context';
import { describeError } from './describe-error';

/**
 * Shows an API error with the platform's own messages, its status and code and the request id. Announced to screen
 * readers (`role="alert"`). Renders nothing for `undefined`.
 */
export function ErrorMessage({
  error,
  context,
  onRetry,
}: {
  error: unknown;
  /** What was being attempted, e.g. "Could not load the tokens". */
  context?: string;
  /** Shows a "Try again" button. */
  onRetry?: () => void;
}): ReactNode {
  const { session } = useSession();
  if (error === undefined || error === null) return null;
  const described = describeError(error);
  return (
    <div className="error-message" role="alert">
      {context ? <p className="error-message__context">{context}</p> : null}
      <p className="error-message__title">
        {described.code ? <span className="error-message__code">{described.code}</span> : null}
        {described.title}
      </p>
      {described.details.length > 0 ? (
        <ul className="error-message__details">
          {described.details.map((detail, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed details that may repeat.
            <li key={index}>{detail}</li>
          ))}
        </ul>
      ) : null}
      {described.signInAgain && session ? (
        <p>The key is no longer accepted: sign out and sign in with a working key.</p>
      ) : null}
      {described.requestId ? <p className="error-message__request">Request id: {described.requestId}</p> : null}
      {onRetry ? (
        <button type="button" className="btn" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
