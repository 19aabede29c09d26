import type { EndpointToken } from '@connect-tokens/sdk';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useClient } from '../../session/session-context';
import { ErrorMessage } from '../../ui/error-message';
import { Field } from '../../ui/field';
import { useSubmission } from '../../ui/use-submission';

/**
 * Creates a secondary endpoint token (the caller shows its value, in full only in this answer), or, given `token`,
 * changes its name and description.
 */
export function EndpointTokenForm({
  token,
  onSaved,
  onCancel,
}: {
  /** The token to edit; absent to create one. */
  token?: EndpointToken;
  onSaved: (token: EndpointToken) => void;
  onCancel: () => void;
}): ReactNode {
  const client = useClient();
  const [name, setName] = useState(token?.name ?? '');
  const [description, setDescription] = useState(token?.description ?? '');
  const [nameError, setNameError] = useState<string | undefined>();
  const { busy, error, run } = useSubmission();
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);
  const titleId = token ? 'edit-endpoint-token-title' : 'create-endpoint-token-title';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError('Enter a name, e.g. the application that will use the token');
      nameRef.current?.focus();
      return;
    }
    setNameError(undefined);
    await run(async () => {
      const saved = token
        ? await client.endpointTokens.update(token.id, { name: name.trim(), description: description.trim() || null })
        : await client.endpointTokens.create({
            name: name.trim(),
            ...(description.trim() ? { description: description.trim() } : {}),
          });
      onSaved(saved);
    });
  };

  return (
    <form className="card endpoints-form" aria-labelledby={titleId} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={titleId}>{token ? `Edit ${token.name}` : 'New endpoint token'}</h2>
      <Field label="Name" required hint="Recommended: the name of the application that will use it." error={nameError}>
        <input ref={nameRef} value={name} maxLength={128} required onChange={(event) => setName(event.target.value)} />
      </Field>
      <Field label="Description">
        <textarea
          value={description}
          maxLength={255}
          rows={2}
          onChange={(event) => setDescription(event.target.value)}
        />
      </Field>
      <ErrorMessage
        error={error}
        context={token ? 'Could not save the endpoint token' : 'Could not create the endpoint token'}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {token ? (busy ? 'Saving…' : 'Save changes') : busy ? 'Creating…' : 'Create token'}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
