/**
 * Outcome messages ("Token disabled", or the API's error). They appear in a live region so screen readers announce
 * them, stay until dismissed when they report a failure, and fade after a few seconds otherwise.
 *
 * They sit at the bottom of the window (a full-width bar on phones), and the page is padded by their height while
 * they are shown, so every control can be scrolled clear of them; the control the user has just operated is moved
 * clear at once. Nothing ever stays hidden under a message.
 */
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { describeError } from './describe-error';

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
/** At most this many messages at once. */
const MAX_VISIBLE = 3;
/** The custom property on <html> that pads the page by the messages' height (see app.css). */
const SPACE_PROPERTY = '--toasts-space';
const CLEARANCE_PX = 8;

/**
 * Pads the page by the height of the messages and scrolls the focused control clear of them when they would hide it
 * (the padding guarantees there is room to scroll).
 */
function useReservedSpace(region: RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const element = region.current;
    if (!element) return;
    const root = document.documentElement;
    const update = () => {
      const height = element.offsetHeight;
      // From the top of the messages to the bottom of the window (they may float above its edge).
      const reserved = height > 0 ? Math.ceil(window.innerHeight - element.getBoundingClientRect().top) + CLEARANCE_PX : 0;
      root.style.setProperty(SPACE_PROPERTY, `${reserved}px`);
      const focused = document.activeElement;
      if (height === 0 || !(focused instanceof HTMLElement) || focused === document.body || element.contains(focused)) return;
      const overlap = focused.getBoundingClientRect().bottom - element.getBoundingClientRect().top;
      if (overlap > 0) window.scrollBy({ top: overlap + CLEARANCE_PX });
    };
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(SPACE_PROPERTY);
    };
  }, [region]);
}

/** Hosts the outcome messages of the app. */
export function ToastProvider({ children }: { children: ReactNode }): ReactNode {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const region = useRef<HTMLDivElement>(null);
  useReservedSpace(region);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);

  const push = useCallback(
    (toast: Omit<Toast, 'id'>) => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-(MAX_VISIBLE - 1)), { ...toast, id }]);
      if (toast.tone === 'success') window.setTimeout(() => dismiss(id), SUCCESS_MS);
    },
    [dismiss],
  );

  const toaster = useMemo<Toaster>(
    () => ({
      success: (message) => push({ tone: 'success', text: message, details: [] }),
      error: (error, context) => {
        const described = typeof error === 'string' ? { title: error, details: [], code: undefined } : describeError(error);
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
