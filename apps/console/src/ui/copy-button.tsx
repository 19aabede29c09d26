import { useState, type ReactNode } from 'react';

/** Copies `value` to the clipboard and says so (visibly and to screen readers). */
export function CopyButton({ value, label }: { value: string /** e.g. "Copy API key" */; label: string }): ReactNode {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); the value stays selectable on screen.
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 3_000);
  };
  return (
    <button type="button" className="btn btn--small" onClick={() => void copy()}>
      {label}
      <span className="copy-state" aria-live="polite">
        {state === 'copied' ? ' — copied' : state === 'failed' ? ' — copy failed, select the text instead' : ''}
      </span>
    </button>
  );
}
