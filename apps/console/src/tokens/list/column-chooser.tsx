import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { TOKEN_COLUMNS, type TokenColumn } from './token-columns';

/** A disclosure button with a checkbox per optional column. Escape closes it and returns focus to the button. */
export function ColumnChooser({
  columns,
  onChange,
}: {
  columns: ReadonlySet<TokenColumn>;
  onChange: (columns: Set<TokenColumn>) => void;
}): ReactNode {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLInputElement>('input')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const toggle = (id: TokenColumn, checked: boolean) => {
    const next = new Set(columns);
    if (checked) next.add(id);
    else next.delete(id);
    onChange(next);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere inside the open menu closes it.
    <div
      className="menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        Columns <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <fieldset id={panelId} className="menu__list column-chooser">
          <legend>Show columns</legend>
          {TOKEN_COLUMNS.map((column) => (
            <label key={column.id} className="checkbox">
              <input
                type="checkbox"
                checked={columns.has(column.id)}
                onChange={(event) => toggle(column.id, event.target.checked)}
              />
              {column.label}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
