import type { Module } from '@connect-tokens/sdk';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * One checkbox per module with its description, and "All modules" (checked, unchecked or mixed) to select or clear
 * them all at once.
 */
export function ModuleChecklist({
  modules,
  selected,
  onChange,
  disabled,
}: {
  modules: readonly Module[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  disabled?: boolean;
}): ReactNode {
  const allRef = useRef<HTMLInputElement>(null);
  const chosen = new Set(selected);
  const all = modules.length > 0 && modules.every((module) => chosen.has(module.id));
  const some = !all && modules.some((module) => chosen.has(module.id));

  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = some;
  }, [some]);

  return (
    <fieldset className="module-list">
      <legend>Modules</legend>
      <label className="checkbox module-list__all">
        <input
          ref={allRef}
          type="checkbox"
          checked={all}
          aria-checked={some ? 'mixed' : all}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked ? modules.map((module) => module.id) : [])}
        />
        <span>
          <strong>All modules</strong>
          <span className="module-list__description">Full access to every module of the account.</span>
        </span>
      </label>
      <ul className="module-list__items">
        {modules.map((module) => (
          <li key={module.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={chosen.has(module.id)}
                disabled={disabled}
                onChange={(event) =>
                  onChange(event.target.checked ? [...selected, module.id] : selected.filter((id) => id !== module.id))
                }
              />
              <span>
                <strong>{module.name}</strong> <span className="muted mono">{module.id}</span>
                {module.description ? <span className="module-list__description">{module.description}</span> : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
