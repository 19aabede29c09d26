import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { CopyButton } from '../../ui/copy-button';

/** A freshly generated endpoint token value, with what it is for. */
export interface OneTimeValue {
  /** e.g. "POST primary token" or "Shop backend". */
  label: string;
  value: string;
}

/**
 * Endpoint token values the platform just generated (create, regenerate, switching on authentication): hidden until
 * asked for, with copy, and a clear warning that they will not be shown again. The values live only in this
 * component's props, never in the URL or storage. The heading takes focus when it appears, so keyboard and
 * screen-reader users notice it.
 */
export function OneTimeValues({
  title,
  values,
  onDismiss,
}: {
  title: string;
  values: readonly OneTimeValue[];
  onDismiss: () => void;
}): ReactNode {
  const [visible, setVisible] = useState(false);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  if (values.length === 0) return null;
  return (
    <section className="new-key endpoints-values card" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p className="notice" role="note">
        <strong>
          Copy {values.length === 1 ? 'this value' : 'these values'} now. {values.length === 1 ? 'It' : 'They'} will not
          be shown again.
        </strong>{' '}
        The platform shows endpoint token values in full only once; if one is lost, regenerate it.
      </p>
      <ul className="endpoints-values__list">
        {values.map((item) => (
          <li key={item.label} className="endpoints-values__item">
            <span className="endpoints-values__label">{item.label}</span>
            {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: says whether the value is masked; kept as is. */}
            <code
              className="new-key__code"
              data-testid="endpoint-token-value"
              aria-label={visible ? `${item.label} value` : `${item.label} value (hidden)`}
            >
              {visible ? item.value : '•'.repeat(Math.min(item.value.length, 64))}
            </code>
            <CopyButton value={item.value} label={`Copy ${item.label}`} />
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="btn btn--small" aria-pressed={visible} onClick={() => setVisible((v) => !v)}>
          {visible ? 'Hide values' : 'Show values'}
        </button>
        <button type="button" className="btn btn--small btn--ghost" onClick={onDismiss}>
          I have copied {values.length === 1 ? 'it' : 'them'}
        </button>
      </div>
    </section>
  );
}
