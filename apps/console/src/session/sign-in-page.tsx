/**
 * Sign in with an endpoint and an API key. The key is checked with `whoami()` before it is kept, and is kept only in
 * this tab's sessionStorage; the form never puts it in the URL (POST-less form, no `action`) and nothing logs it.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorMessage } from '../ui/error-message';
import { Field } from '../ui/field';
import { useSubmission } from '../ui/use-submission';
import { defaultEndpoint, loadCredentials } from './credentials-storage';
import { useSession } from './session-context';

export function SignInPage(): ReactNode {
  const { signIn, notice } = useSession();
  const [endpoint, setEndpoint] = useState(() => loadCredentials()?.endpoint ?? defaultEndpoint());
  const [apiKey, setApiKey] = useState('');
  const [showKey, setShowKey] = useState(false);
  const { busy, error, run } = useSubmission();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      await signIn({ endpoint: endpoint.trim(), apiKey: apiKey.trim() });
    });
  };

  return (
    <main className="sign-in" id="main">
      <section className="sign-in__card card" aria-labelledby="sign-in-title">
        <p className="sign-in__brand">
          <span className="shell__logo" aria-hidden="true">
            ◆
          </span>{' '}
          connect-tokens console
        </p>
        <h1 id="sign-in-title">Sign in</h1>
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <p className="muted">
          Use an API key with the Integrations module (MD-0007). It stays in this browser tab only and is forgotten when
          you close it or sign out.
        </p>
        <form onSubmit={(event) => void onSubmit(event)} noValidate={false} autoComplete="off">
          <Field label="API endpoint" required hint="The API's base URL, e.g. http://127.0.0.1:4010/public/v1">
            <input
              type="url"
              name="endpoint"
              required
              value={endpoint}
              onChange={(event) => setEndpoint(event.target.value)}
              spellCheck={false}
            />
          </Field>
          <Field label="API key" required hint="ApiKey SU-…:<secret>, as shown when the token was created">
            <input
              type={showKey ? 'text' : 'password'}
              name="api-key"
              required
              value={apiKey}
              onChange={(event) => setApiKey(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
          <label className="checkbox">
            <input type="checkbox" checked={showKey} onChange={(event) => setShowKey(event.target.checked)} /> Show key
          </label>
          <ErrorMessage error={error} context="Sign-in failed" />
          <div className="form-actions">
            <button type="submit" className="btn btn--primary" disabled={busy}>
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
          </div>
        </form>
      </section>
    </main>
  );
}
