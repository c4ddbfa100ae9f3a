import { useEffect } from 'react';

/** Overlays: what is focused inside one of these did not open anything. */
const OVERLAY = '[role="dialog"], [role="alertdialog"], [aria-modal="true"], [role="menu"], [role="listbox"]';
/** Long enough for a dialog's closing transition; after that the focus is where the user put it. */
const SETTLE_MS = 1000;

/**
 * Escape in any dialog, drawer, menu or popover leaves the focus on what opened it. Mantine gives
 * it back itself when it can; this catches the rest, where the focus would fall to the page's body:
 * a dialog opened from a menu item (gone with its menu) or a dialog shown by mounting it.
 */
export function useEscapeReturnsFocus(): void {
  useEffect(() => {
    let opener: HTMLElement | null = null;
    let frame = 0;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && target !== document.body && !target.closest(OVERLAY)) opener = target;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      // Only an Escape that closes something: on the page itself it moves no focus.
      if (!(event.target instanceof Element && event.target.closest(OVERLAY))) return;
      const pressedAt = performance.now();
      cancelAnimationFrame(frame);
      const check = () => {
        const active = document.activeElement;
        if ((active === null || active === document.body) && opener?.isConnected) {
          opener.focus({ preventScroll: true });
          return;
        }
        if (performance.now() - pressedAt < SETTLE_MS) frame = requestAnimationFrame(check);
      };
      frame = requestAnimationFrame(check);
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, []);
}
