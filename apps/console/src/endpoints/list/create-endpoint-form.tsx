import type { Endpoint } from '@connect-tokens/sdk';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useClient } from '../../session/session-context';
import { ErrorMessage } from '../../ui/error-message';
import { useSubmission } from '../../ui/use-submission';
import { EndpointFields, type EndpointFieldValues } from '../shared/endpoint-fields';

/** Creates an endpoint; with token authentication the answer holds the primary token values, in full this once. */
export function CreateEndpointForm({
  onCreated,
  onCancel,
}: {
  onCreated: (endpoint: Endpoint) => void;
  onCancel: () => void;
}): ReactNode {
  const client = useClient();
  const [fields, setFields] = useState<EndpointFieldValues>({
    name: '',
    description: '',
    authentication: 'token',
    allowDelete: false,
  });
  const { name, description, authentication, allowDelete } = fields;
  const [nameError, setNameError] = useState<string | undefined>();
  const { busy, error, run } = useSubmission();
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
    await run(async () => {
      const endpoint = await client.endpoints.create({
        name: name.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
        authentication,
        allow_delete: allowDelete,
      });
      onCreated(endpoint);
    });
  };

  return (
    <form
      className="card endpoints-form"
      aria-labelledby="create-endpoint-title"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id="create-endpoint-title">New endpoint</h2>
      <EndpointFields
        values={fields}
        onChange={(changes) => setFields((current) => ({ ...current, ...changes }))}
        nameError={nameError}
        nameRef={nameRef}
        authenticationHint="With endpoint tokens, the platform generates a primary token per method."
      />
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
