/**
 * Outcome messages ("Token disabled", or the API's error). They appear in a live region so screen readers announce
 * them, stay until dismissed when they report a failure, and fade after a few seconds otherwise.
 *
 * A new success replaces the previous one. They sit at the bottom of the window (a full-width bar on phones), with
 * the page padded under them so that no control stays hidden (see {@link useToastSpace}).
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { describeError } from './describe-error';
import { useToastSpace } from './use-toast-space';

/** What {@link useToast} returns. */
export interface Toaster {
  /** Reports that something worked. */
  success(message: string): void;
  /** Reports a failure: an SDK error shows the API's messages; a string is shown as it is. */
  error(error: unknown, context?: string): void;
}

interface Toast {
  id: number;
  tone: 'success' | 'error';
  text: string;
  details: string[];
}

const ToastContext = createContext<Toaster | undefined>(undefined);

const SUCCESS_MS = 5_000;
/** At most this many messages at once (errors, and the latest success). */
const MAX_VISIBLE = 3;

/** Hosts the outcome messages of the app. */
export function ToastProvider({ children }: { children: ReactNode }): ReactNode {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const region = useRef<HTMLDivElement>(null);
  useToastSpace(region, toasts.map((toast) => toast.id).join());

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);

  const push = useCallback(
    (toast: Omit<Toast, 'id'>) => {
      const id = nextId.current++;
      // A success replaces the previous ones (they have been read and announced): the messages stay one line high
      // in the usual case. Errors are kept until dismissed.
      setToasts((list) => [
        ...(toast.tone === 'success' ? list.filter((item) => item.tone !== 'success') : list).slice(-(MAX_VISIBLE - 1)),
        { ...toast, id },
      ]);
      if (toast.tone === 'success') window.setTimeout(() => dismiss(id), SUCCESS_MS);
    },
    [dismiss],
  );

  const toaster = useMemo<Toaster>(
    () => ({
      success: (message) => push({ tone: 'success', text: message, details: [] }),
      error: (error, context) => {
        const described =
          typeof error === 'string' ? { title: error, details: [], code: undefined } : describeError(error);
        const headline = [context, described.code ? `${described.code}: ${described.title}` : described.title]
          .filter(Boolean)
          .join(' — ');
        push({ tone: 'error', text: headline, details: described.details });
      },
    }),
    [push],
  );

  return (
    <ToastContext.Provider value={toaster}>
      {children}
      <div ref={region} className="toasts" role="status" aria-live="polite" aria-relevant="additions text">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.tone}`} data-testid={`toast-${toast.tone}`}>
            <div className="toast__body">
              <p className="toast__text">{toast.text}</p>
              {toast.details.length > 0 ? (
                <ul className="toast__details">
                  {toast.details.map((detail, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: fixed details that may repeat.
                    <li key={index}>{detail}</li>
                  ))}
                </ul>
              ) : null}
            </div>
            <button type="button" className="btn btn--ghost toast__close" onClick={() => dismiss(toast.id)}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">Dismiss message</span>
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** `const toast = useToast(); toast.success('Token disabled'); toast.error(error, 'Could not disable');` */
export function useToast(): Toaster {
  const toaster = useContext(ToastContext);
  if (!toaster) throw new Error('useToast() must be used inside <ToastProvider>');
  return toaster;
}
