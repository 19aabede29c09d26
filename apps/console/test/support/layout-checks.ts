/** Layout checks the browser tests share: what outcome messages cover, and how stacked table cells are laid out. */
import type { Page } from 'playwright-core';

/**
 * The labels of the controls an outcome message covers: the focused one, the controls in view as the page is, or
 * every control of the page once it is scrolled to the end (where the padding under the content leaves room for the
 * messages).
 */
export async function coveredByToasts(
  target: Page,
  which: 'focused' | 'in view' | 'after scrolling to the end',
): Promise<string[]> {
  await target.getByTestId('toast-success').first().waitFor();
  return target.evaluate(async (mode) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // Past the frame in which the messages were laid out (the console reacts to them there).
    await frame();
    await frame();
    if (mode === 'after scrolling to the end') {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await frame();
    }
    const region = document.querySelector('.toasts')!.getBoundingClientRect();
    const focused = document.activeElement;
    if (mode === 'focused' && (!(focused instanceof HTMLElement) || focused === document.body))
      return ['(the focus was lost to the page)'];
    const controls =
      mode === 'focused'
        ? [focused as HTMLElement]
        : [...document.querySelectorAll<HTMLElement>('main a, main button, main input, main select, main textarea')];
    return controls
      .filter((control) => {
        const box = control.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || box.bottom < 0 || box.top > window.innerHeight) return false;
        return box.bottom > region.top && box.top < region.bottom && box.right > region.left && box.left < region.right;
      })
      .map((control) => control.getAttribute('aria-label') ?? control.textContent ?? control.tagName);
  }, which);
}

/**
 * The parts of stacked table cells (phones) that sit under their cell's label instead of beside it, as
 * `"<label>: <text>"`; empty when every part of every cell is in the value column.
 */
export function misplacedCellParts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('tbody td')].flatMap((td) => {
      const labelRight = td.getBoundingClientRect().left + parseFloat(getComputedStyle(td).gridTemplateColumns);
      return [...td.children]
        .filter((child) => child.getBoundingClientRect().left < labelRight)
        .map((child) => `${td.dataset.label}: ${child.textContent}`);
    }),
  );
}
