/**
 * Confirmation before destructive actions. `useConfirm()` returns `confirm(options)`, which opens a modal `<dialog>`
 * (focus moves into it and is trapped, Escape cancels, focus returns to the opener) and resolves `true` or `false`.
 */
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** What {@link useConfirm}'s `confirm` shows. */
export interface ConfirmOptions {
  /** The question, e.g. "Delete token Billing sync?". */
  title: string;
  /** What will happen, in a sentence or two. */
  message: ReactNode;
  /** The confirming button's label, e.g. "Delete token" (default "Confirm"). */
  confirmLabel?: string;
  /** `danger` styles the confirming button red. */
  tone?: 'danger' | 'default';
  /**
   * When set, the confirming button stays disabled until this text is typed into a field (for actions whose
   * consequence is hard to undo, such as disabling the token the console is signed in with).
   */
  typeToConfirm?: string;
}

type Confirm = (options: ConfirmOptions) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | undefined>(undefined);

interface Pending extends ConfirmOptions {
  resolve: (confirmed: boolean) => void;
}

/** Hosts the one confirmation dialog of the app. */
export function ConfirmProvider({ children }: { children: ReactNode }): ReactNode {
  const [pending, setPending] = useState<Pending | undefined>();
  const [typed, setTyped] = useState('');
  const typedId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<Element | null>(null);

  const confirm = useCallback<Confirm>(
    (options) =>
      new Promise<boolean>((resolve) => {
        openerRef.current = document.activeElement;
        setTyped('');
        setPending({ ...options, resolve });
      }),
    [],
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    if (pending && dialog && !dialog.open) dialog.showModal();
  }, [pending]);

  const settle = (confirmed: boolean) => {
    if (!pending) return;
    pending.resolve(confirmed);
    setPending(undefined);
    dialogRef.current?.close();
    const opener = openerRef.current;
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  };

  const typedOk = !pending?.typeToConfirm || typed.trim() === pending.typeToConfirm.trim();

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <dialog
        ref={dialogRef}
        className="dialog"
        aria-labelledby="confirm-dialog-title"
        aria-describedby="confirm-dialog-message"
        onCancel={(event) => {
          event.preventDefault();
          settle(false);
        }}
      >
        {pending ? (
          <form
            method="dialog"
            onSubmit={(event) => {
              event.preventDefault();
              if (!typedOk) return;
              settle(true);
            }}
          >
            <h2 id="confirm-dialog-title" className="dialog__title">
              {pending.title}
            </h2>
            <div id="confirm-dialog-message" className="dialog__message">
              {pending.message}
            </div>
            {pending.typeToConfirm ? (
              <div className="field">
                <label htmlFor={typedId} className="field__label">
                  Type <strong>{pending.typeToConfirm}</strong> to confirm
                </label>
                <input
                  id={typedId}
                  className="field__input"
                  value={typed}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(event) => setTyped(event.target.value)}
                />
              </div>
            ) : null}
            <div className="dialog__actions">
              {/* biome-ignore lint/a11y/noAutofocus: an opening modal dialog takes the focus. */}
              <button type="button" className="btn" onClick={() => settle(false)} autoFocus>
                Cancel
              </button>
              <button
                type="submit"
                className={pending.tone === 'danger' ? 'btn btn--danger' : 'btn btn--primary'}
                disabled={!typedOk}
              >
                {pending.confirmLabel ?? 'Confirm'}
              </button>
            </div>
          </form>
        ) : null}
      </dialog>
    </ConfirmContext.Provider>
  );
}

/** `const confirm = useConfirm(); if (await confirm({ title, message, tone: 'danger' })) …` */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm() must be used inside <ConfirmProvider>');
  return confirm;
}
