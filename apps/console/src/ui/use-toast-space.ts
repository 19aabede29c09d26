import { useLayoutEffect, useRef, type RefObject } from 'react';

/** The custom property on <html> that pads the page under the outcome messages (see `body` in app.css). */
const SPACE_PROPERTY = '--toasts-space';
const CLEARANCE_PX = 8;
const CONTROLS =
  'main a[href], main button, main input, main select, main textarea, main [tabindex]:not([tabindex="-1"])';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function visible(box: DOMRect): boolean {
  return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
}

function overlaps(box: Box, region: Box): boolean {
  return box.bottom > region.top && box.top < region.bottom && box.right > region.left && box.left < region.right;
}

/**
 * Keeps the outcome messages (the fixed `region`; `shown` changes whenever the set of messages does) from hiding
 * controls:
 * - the page is padded at the bottom by the messages' height, so everything can be scrolled clear of them; the
 *   padding is kept when the messages go (nothing moves under the pointer then) until the next screen;
 * - when a message appears over the control that has the focus (the one just used), the page scrolls it clear;
 * - when a message covers other controls and a short scroll (into the padding) uncovers them all without covering
 *   others, as at the end of a page or a list, the page scrolls by that much.
 */
export function useToastSpace(region: RefObject<HTMLDivElement | null>, shown: string): void {
  const check = useRef<() => void>(() => undefined);
  useLayoutEffect(() => {
    const element = region.current;
    if (!element) return;
    const root = document.documentElement;
    let reserved = 0;
    const setReserved = (px: number) => {
      reserved = px;
      if (px > 0) root.style.setProperty(SPACE_PROPERTY, `${px}px`);
      else root.style.removeProperty(SPACE_PROPERTY);
    };

    const messagesHeight = () => element.offsetHeight;

    const update = () => {
      const height = messagesHeight();
      // Messages taller than the window only happen while the browser lays the page out in a degenerate viewport
      // (a full-page capture shrinks it to a pixel): nothing to pad for.
      if (height === 0 || height > window.innerHeight) return;
      const box = element.getBoundingClientRect();
      // Their height and their distance from the bottom edge of the window (they float above it on wide screens),
      // read from the stylesheet rather than measured: a measure is off while the browser resizes the viewport.
      const offset = Number.parseFloat(getComputedStyle(element).getPropertyValue('--toasts-offset')) || 0;
      setReserved(Math.max(reserved, Math.ceil(height + offset) + CLEARANCE_PX));

      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused !== document.body && !element.contains(focused)) {
        const target = focused.getBoundingClientRect();
        if (visible(target) && overlaps(target, box)) {
          window.scrollBy({ top: target.bottom - box.top + CLEARANCE_PX });
          return;
        }
      }
      // Other controls: scroll them clear if a short scroll (into the padding) clears every control at once, as at
      // the end of a page; in the middle of a long list another row would only take their place.
      const controls = [...document.querySelectorAll<HTMLElement>(CONTROLS)]
        .map((control) => control.getBoundingClientRect())
        .filter((target) => target.width > 0 && target.height > 0);
      const covered = controls.filter((target) => visible(target) && overlaps(target, box));
      if (covered.length === 0) return;
      const shift = Math.max(...covered.map((target) => target.bottom)) - box.top + CLEARANCE_PX;
      if (shift > root.scrollHeight - window.innerHeight - window.scrollY) return;
      const clear = controls.every(
        (target) =>
          !overlaps(
            { top: target.top - shift, bottom: target.bottom - shift, left: target.left, right: target.right },
            box,
          ),
      );
      if (clear) window.scrollBy({ top: shift });
    };

    // A new screen starts without the space of the previous one's messages, unless some are still shown.
    const onNavigate = () => {
      if (messagesHeight() === 0) setReserved(0);
    };
    check.current = update;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    // The page can change under a message that stays (an error appears above the table and pushes it down).
    observer.observe(document.body);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      observer.disconnect();
      window.removeEventListener('hashchange', onNavigate);
      setReserved(0);
    };
  }, [region]);
  // A message can replace another of the same size, which the ResizeObserver does not see.
  useLayoutEffect(() => check.current(), [shown]);
}
