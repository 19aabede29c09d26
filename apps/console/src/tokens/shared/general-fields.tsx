import { useState, type ReactNode } from 'react';
import { Field } from '../../ui/field';
import type { DraftFieldsProps } from './token-draft';

/** Largest logo accepted: the API takes a data URI in a JSON body limited to 1 MiB. */
const MAX_LOGO_BYTES = 256 * 1024;

/** Name, external id, description and logo of a token. */
export function GeneralFields({ draft, errors, onChange }: DraftFieldsProps): ReactNode {
  const [logoError, setLogoError] = useState<string>();

  const readLogo = (file: File | undefined) => {
    setLogoError(undefined);
    if (!file) return;
    if (!file.type.startsWith('image/')) {
      setLogoError('Choose an image file (PNG, JPEG, SVG, …)');
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      setLogoError(`The image is ${Math.ceil(file.size / 1024)} KB; at most ${MAX_LOGO_BYTES / 1024} KB`);
      return;
    }
    const reader = new FileReader();
    reader.onload = () => onChange({ logo: String(reader.result) });
    reader.onerror = () => setLogoError('Could not read the file');
    reader.readAsDataURL(file);
  };

  return (
    <>
      <Field label="Name" required error={errors.name} hint="Shown in lists and audit entries.">
        <input
          type="text"
          value={draft.name}
          maxLength={128}
          required
          onChange={(event) => onChange({ name: event.target.value })}
        />
      </Field>
      <Field label="External id" error={errors.externalId} hint="Optional: the token's id in another system.">
        <input
          type="text"
          value={draft.externalId}
          maxLength={128}
          onChange={(event) => onChange({ externalId: event.target.value })}
        />
      </Field>
      <Field label="Description" error={errors.description} hint="Optional, up to 255 characters.">
        <textarea
          value={draft.description}
          maxLength={255}
          onChange={(event) => onChange({ description: event.target.value })}
        />
      </Field>
      <Field label="Logo" error={logoError} hint={`Optional image, up to ${MAX_LOGO_BYTES / 1024} KB.`}>
        <input type="file" accept="image/*" onChange={(event) => readLogo(event.target.files?.[0])} />
      </Field>
      {draft.logo ? (
        <div className="logo-preview">
          <img src={draft.logo} alt="Logo preview" width={48} height={48} />
          <button type="button" className="btn btn--small" onClick={() => onChange({ logo: null })}>
            Remove logo
          </button>
        </div>
      ) : null}
    </>
  );
}
