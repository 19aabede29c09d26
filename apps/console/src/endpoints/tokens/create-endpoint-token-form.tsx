import type { EndpointToken } from '@connect-tokens/sdk';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useClient } from '../../session/session-context';
import { ErrorMessage } from '../../ui/error-message';
import { Field } from '../../ui/field';

/** Creates a secondary endpoint token; the caller shows its value (in full only in this answer). */
export function CreateEndpointTokenForm({ onCreated, onCancel }: { onCreated: (token: EndpointToken) => void; onCancel: () => void }): ReactNode {
  const client = useClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError('Enter a name, e.g. the application that will use the token');
      nameRef.current?.focus();
      return;
    }
    setNameError(undefined);
    setError(undefined);
    setBusy(true);
    try {
      const token = await client.endpointTokens.create({ name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) });
      onCreated(token);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card endpoints-form" aria-labelledby="create-endpoint-token-title" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="create-endpoint-token-title">New endpoint token</h2>
      <Field label="Name" required hint="Recommended: the name of the application that will use it." error={nameError}>
        <input ref={nameRef} value={name} maxLength={128} required onChange={(event) => setName(event.target.value)} />
      </Field>
      <Field label="Description">
        <textarea value={description} maxLength={255} rows={2} onChange={(event) => setDescription(event.target.value)} />
      </Field>
      <ErrorMessage error={error} context="Could not create the endpoint token" />
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create token'}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
