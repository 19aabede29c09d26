import type { Extension } from '@connect-tokens/sdk';
import type { ReactNode } from 'react';

/** The extension a new token belongs to: one radio button per extension, with its description. */
export function ExtensionPicker({
  extensions,
  selected,
  onChange,
}: {
  extensions: readonly Extension[];
  selected: string;
  onChange: (id: string) => void;
}): ReactNode {
  return (
    <fieldset className="choice-list">
      <legend>Extension</legend>
      {extensions.map((extension) => (
        <label key={extension.id} className={extension.id === selected ? 'choice choice--selected' : 'choice'}>
          <input
            type="radio"
            name="extension"
            value={extension.id}
            checked={extension.id === selected}
            onChange={() => onChange(extension.id)}
          />
          <span>
            <strong>{extension.name}</strong> <span className="muted mono">{extension.id}</span>
            <span className="choice__description">{extension.description}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
