import type { Endpoint } from '@connect-tokens/sdk';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useClient } from '../../session/session-context';
import { ErrorMessage } from '../../ui/error-message';
import { Field } from '../../ui/field';

/** Creates an endpoint; with token authentication the answer holds the primary token values, in full this once. */
export function CreateEndpointForm({ onCreated, onCancel }: { onCreated: (endpoint: Endpoint) => void; onCancel: () => void }): ReactNode {
  const client = useClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [authentication, setAuthentication] = useState<'token' | 'none'>('token');
  const [allowDelete, setAllowDelete] = useState(false);
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError('Enter a name for the endpoint');
      nameRef.current?.focus();
      return;
    }
    setNameError(undefined);
    setError(undefined);
    setBusy(true);
    try {
      const endpoint = await client.endpoints.create({
        name: name.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
        authentication,
        allow_delete: allowDelete,
      });
      onCreated(endpoint);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card endpoints-form" aria-labelledby="create-endpoint-title" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="create-endpoint-title">New endpoint</h2>
      <Field label="Name" required error={nameError}>
        <input ref={nameRef} value={name} maxLength={128} required onChange={(event) => setName(event.target.value)} />
      </Field>
      <Field label="Description">
        <textarea value={description} maxLength={255} rows={2} onChange={(event) => setDescription(event.target.value)} />
      </Field>
      <Field label="Authentication" hint="With endpoint tokens, the platform generates a primary token per method.">
        <select value={authentication} onChange={(event) => setAuthentication(event.target.value === 'none' ? 'none' : 'token')}>
          <option value="token">Endpoint token required</option>
          <option value="none">Open: anyone with the URL</option>
        </select>
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={allowDelete} onChange={(event) => setAllowDelete(event.target.checked)} /> Allow DELETE on the data path
      </label>
      <ErrorMessage error={error} context="Could not create the endpoint" />
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create endpoint'}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
