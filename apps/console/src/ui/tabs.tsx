import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One tab of {@link Tabs}. */
export interface TabDefinition {
  id: string;
  label: string;
}

/**
 * ARIA tabs (tablist, tab, tabpanel) with the keyboard pattern users expect: arrow keys, Home and End move between
 * tabs and select them; Tab goes into the panel. The selected tab is controlled, so it can live in the URL.
 */
export function Tabs({
  label,
  tabs,
  selected,
  onSelect,
  children,
}: {
  /** Accessible name of the tab list, e.g. "Token details". */
  label: string;
  tabs: readonly TabDefinition[];
  /** Id of the selected tab. */
  selected: string;
  onSelect: (id: string) => void;
  /** The selected tab's panel content. */
  children: ReactNode;
}): ReactNode {
  const base = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const current = tabs.some((tab) => tab.id === selected) ? selected : (tabs[0]?.id ?? '');

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.findIndex((tab) => tab.id === current);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    refs.current[tab.id]?.focus();
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              refs.current[tab.id] = element;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === current}
            aria-controls={`${base}-panel`}
            tabIndex={tab.id === current ? 0 : -1}
            className="tabs__tab"
            onClick={() => onSelect(tab.id)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${current}`}
        className="tabs__panel"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a focusable tab panel is the WAI-ARIA tabs pattern.
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  );
}
