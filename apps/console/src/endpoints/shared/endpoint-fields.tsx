import type { Endpoint } from '@connect-tokens/sdk';
import type { ReactNode, Ref } from 'react';
import { Field } from '../../ui/field';

/** What the endpoint forms (create, settings) edit. */
export interface EndpointFieldValues {
  name: string;
  description: string;
  authentication: Endpoint['authentication'];
  allowDelete: boolean;
}

/** The fields of an endpoint, shared by the create form and the Settings tab. */
export function EndpointFields({
  values,
  onChange,
  nameError,
  nameRef,
  authenticationHint,
}: {
  values: EndpointFieldValues;
  onChange: (changes: Partial<EndpointFieldValues>) => void;
  nameError?: string;
  nameRef?: Ref<HTMLInputElement>;
  /** What choosing an authentication does here (generate tokens now, or generate/delete them). */
  authenticationHint: string;
}): ReactNode {
  return (
    <>
      <Field label="Name" required error={nameError}>
        <input
          ref={nameRef}
          value={values.name}
          maxLength={128}
          required
          onChange={(event) => onChange({ name: event.target.value })}
        />
      </Field>
      <Field label="Description">
        <textarea
          value={values.description}
          maxLength={255}
          rows={2}
          onChange={(event) => onChange({ description: event.target.value })}
        />
      </Field>
      <Field label="Authentication" hint={authenticationHint}>
        <select
          value={values.authentication}
          onChange={(event) => onChange({ authentication: event.target.value === 'none' ? 'none' : 'token' })}
        >
          <option value="token">Endpoint token required</option>
          <option value="none">Open: anyone with the URL</option>
        </select>
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.allowDelete}
          onChange={(event) => onChange({ allowDelete: event.target.checked })}
        />{' '}
        Allow DELETE on the data path
      </label>
    </>
  );
}
