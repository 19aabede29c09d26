/**
 * Renew or rotate a token: choose the new expiry, confirm, then see the new key once. What happens to the current key
 * is said as the API does it: renew keeps it working until the token's current expiry date (a gentle switch-over),
 * or stops it at once when the token has no expiry (there is no unbounded grace period) or has expired already;
 * rotate stops it at once (after a leak).
 */
import type { Token } from '@connect-tokens/sdk';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useClient } from '../../session/session-context';
import { ErrorMessage } from '../../ui/error-message';
import { Field } from '../../ui/field';
import { formatDateTime } from '../../ui/format';
import { useToast } from '../../ui/toast';
import { useSubmission } from '../../ui/use-submission';
import { dayFromExpiry, dayFromNow, expiryFromDay, today, validateExpiryDay } from './expiry';
import { maskApiKey } from './mask-api-key';
import { NewKeyPanel } from './new-key-panel';

/** Which operation the dialog performs. */
export type SecretOperation = 'renew' | 'rotate';

const COPY: Record<SecretOperation, { title: string; action: string; done: string }> = {
  renew: { title: 'Renew', action: 'Renew token', done: 'renewed' },
  rotate: { title: 'Rotate', action: 'Rotate key', done: 'rotated' },
};

/** What the operation does to the current key, for this token, now. */
export function currentKeyFate(
  operation: SecretOperation,
  token: Pick<Token, 'expiration_date'>,
  now = Date.now(),
): string {
  if (operation === 'rotate')
    return 'A new key is issued and the current key stops working immediately. Use this after a key has leaked.';
  const expiry = token.expiration_date ? Date.parse(token.expiration_date) : undefined;
  if (expiry === undefined) {
    return 'A new key is issued with the expiry below. This token has no expiry date, so the current key stops working immediately: give clients the new key at once.';
  }
  if (expiry <= now) return 'A new key is issued with the expiry below. The current key has expired and stays refused.';
  return `A new key is issued with the expiry below. The current key keeps working until its current expiry, ${formatDateTime(token.expiration_date)}, so clients can switch over.`;
}

function defaultDay(token: Token): string {
  const current = dayFromExpiry(token.expiration_date);
  // Keep a future expiry; an expired or expiring token gets 90 days from today.
  return current && current > dayFromNow(14) ? current : token.expiration_date ? dayFromNow(90) : '';
}

export function SecretDialog({
  operation,
  token,
  signedInWith = false,
  onClose,
  onIssued,
  onChanged,
}: {
  operation: SecretOperation;
  token: Token;
  /** True when the console is signed in with this token (the session moves to the new key). */
  signedInWith?: boolean;
  /** The new key, in full, once issued (before anything is masked). */
  onIssued?: (apiKey: string) => void;
  /** Closes the dialog (the key, if shown, is gone afterwards). */
  onClose: () => void;
  /** The token after the operation. */
  onChanged: (token: Token) => void;
}): ReactNode {
  const client = useClient();
  const toast = useToast();
  const ref = useRef<HTMLDialogElement>(null);
  const [day, setDay] = useState(() => defaultDay(token));
  const [never, setNever] = useState(() => token.expiration_date === null || token.expiration_date === undefined);
  const { busy, error, run } = useSubmission();
  const [issued, setIssued] = useState<Token | undefined>();
  const copy = COPY[operation];
  const dayError = never ? undefined : validateExpiryDay(day);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (dayError) return;
    await run(async () => {
      const body = { expiration_date: never ? null : expiryFromDay(day) };
      const result =
        operation === 'renew' ? await client.tokens.renew(token.id, body) : await client.tokens.rotate(token.id, body);
      onIssued?.(result.token);
      setIssued(result);
      // The page behind the dialog keeps the token; it must not keep the new key in clear.
      onChanged({ ...result, token: maskApiKey(result.token) });
      toast.success(`Token ${token.name} ${copy.done}`);
    });
  };

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby="secret-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="secret-dialog-title" className="dialog__title">
        {copy.title} {token.name}
      </h2>
      {issued ? (
        <>
          <NewKeyPanel apiKey={issued.token} tokenName={issued.name} heading={false} />
          <div className="dialog__actions">
            {/* biome-ignore lint/a11y/noAutofocus: an opening modal dialog takes the focus. */}
            <button type="button" className="btn btn--primary" onClick={onClose} autoFocus>
              I have copied the key
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <p>{currentKeyFate(operation, token)}</p>
          {signedInWith ? (
            <p className="notice">You are signed in with this token: the console switches to the new key.</p>
          ) : null}
          <label className="checkbox">
            <input type="checkbox" checked={never} onChange={(event) => setNever(event.target.checked)} /> Never expires
          </label>
          {never ? null : (
            <Field label="New expiry date" hint="The key works until the end of this day (UTC)." error={dayError}>
              <input type="date" min={today()} value={day} required onChange={(event) => setDay(event.target.value)} />
            </Field>
          )}
          <ErrorMessage error={error} context={`Could not ${operation} the token`} />
          <div className="dialog__actions">
            {/* biome-ignore lint/a11y/noAutofocus: an opening modal dialog takes the focus. */}
            <button type="button" className="btn" onClick={onClose} autoFocus>
              Cancel
            </button>
            <button
              type="submit"
              className={operation === 'rotate' ? 'btn btn--danger' : 'btn btn--primary'}
              disabled={busy || Boolean(dayError)}
            >
              {busy ? 'Working…' : copy.action}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
