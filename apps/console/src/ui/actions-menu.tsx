/**
 * A menu button (WAI-ARIA menu pattern): Enter/Space/ArrowDown opens it and focuses the first item, arrows move,
 * Escape closes and returns focus to the button, a click outside closes it.
 *
 * The menu is positioned `fixed` next to its button (below it, or above when there is no room), so a table's
 * scrolling wrapper cannot clip it; scrolling or resizing closes it rather than leaving it detached.
 */
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

/** One entry of {@link ActionsMenu}. */
export interface MenuAction {
  label: string;
  onSelect: () => void;
  /** `danger` shows the entry in red (destructive actions). */
  tone?: 'danger' | 'default';
  disabled?: boolean;
}

export function ActionsMenu({
  label,
  items,
  buttonText = 'Actions',
}: {
  /** Accessible name of the button, e.g. "Actions for Billing sync". */
  label: string;
  items: readonly MenuAction[];
  /** Visible text of the button. */
  buttonText?: string;
}): ReactNode {
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<CSSProperties>({});
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const enabled = items.filter((item) => !item.disabled);

  const focusItem = (index: number) => {
    const buttons = menuRef.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])');
    if (!buttons || buttons.length === 0) return;
    buttons[(index + buttons.length) % buttons.length]?.focus();
  };

  useLayoutEffect(() => {
    // Runs before the browser paints, so the menu never shows at its unpositioned place; it stays visible (not
    // `visibility: hidden`) in between so the focus effect can always move focus into it.
    if (!open) return;
    const button = buttonRef.current?.getBoundingClientRect();
    const menuHeight = menuRef.current?.offsetHeight ?? 0;
    if (!button) return;
    const right = Math.max(8, window.innerWidth - button.right);
    const below = button.bottom + 4 + menuHeight <= window.innerHeight || button.top < menuHeight + 4;
    setPosition(below ? { top: button.bottom + 4, right } : { bottom: window.innerHeight - button.top + 4, right });
  }, [open]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focusItem reads only refs.
  useEffect(() => {
    if (!open) return;
    focusItem(0);
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    const onMove = (event: Event) => {
      if (event.type === 'resize' || !menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    window.addEventListener('scroll', onMove, true);
    window.addEventListener('resize', onMove);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('scroll', onMove, true);
      window.removeEventListener('resize', onMove);
    };
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? []);
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') focusItem(index + 1);
    else if (event.key === 'ArrowUp') focusItem(index - 1);
    else if (event.key === 'Home') focusItem(0);
    else if (event.key === 'End') focusItem(buttons.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="menu">
      <button
        ref={buttonRef}
        type="button"
        className="btn btn--small"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={enabled.length === 0}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {buttonText} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul
          ref={menuRef}
          id={menuId}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA menu pattern.
          role="menu"
          aria-label={label}
          className="menu__list menu__list--floating"
          style={position}
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                disabled={item.disabled}
                className={item.tone === 'danger' ? 'menu__item menu__item--danger' : 'menu__item'}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
