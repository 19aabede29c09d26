import { useState, type ReactNode } from 'react';
import { CopyButton } from '../../ui/copy-button';

/**
 * A freshly issued API key (create, renew, rotate): hidden by default, with show/hide and copy, and a clear warning
 * that the platform will never show it again. The key exists only in this component's props; it is not stored.
 */
export function NewKeyPanel({
  apiKey,
  tokenName,
  heading = true,
}: {
  apiKey: string;
  tokenName: string;
  /** Leave out the panel's own heading when it sits under one that already names the token (the renew/rotate dialog). */
  heading?: boolean;
}): ReactNode {
  const [visible, setVisible] = useState(false);
  return (
    <section className="new-key" aria-label={`New API key for ${tokenName}`}>
      {heading ? <h2>API key for {tokenName}</h2> : null}
      <p className="notice" role="note">
        <strong>Copy this key now. It will not be shown again.</strong> The platform keeps only a hash of it; if you
        lose it, rotate the token to get a new one.
      </p>
      <div className="new-key__value">
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: says whether the key is masked; kept as is. */}
        <code className="new-key__code" data-testid="new-api-key" aria-label={visible ? 'API key' : 'API key (hidden)'}>
          {visible ? apiKey : apiKey.replace(/:[0-9a-f]+$/i, ':' + '•'.repeat(40))}
        </code>
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn--small" aria-pressed={visible} onClick={() => setVisible((v) => !v)}>
          {visible ? 'Hide key' : 'Show key'}
        </button>
        <CopyButton value={apiKey} label="Copy key" />
      </div>
    </section>
  );
}
