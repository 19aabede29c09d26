/**
 * Moves focus to the screen's heading. After a row is deleted or unassigned, the control that opened the
 * confirmation is gone, and focus would fall back to the document body; the heading is a known place to continue.
 */
export function focusPageTitle(): void {
  window.requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-page-title]')?.focus());
}
