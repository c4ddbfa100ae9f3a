import { useEffect, useState } from 'react';

/**
 * For a dialog shown by mounting it (Mantine returns the focus only when `opened` turns false):
 * when it goes, the focus goes back to what had it as the dialog opened, the button that opened it.
 */
export function useReturnFocus(): void {
  // Read while rendering, before the dialog's own effects move the focus into it.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      if (!opener || opener === document.body) return;
      // After the dialog's own focus handling has let go; unless the user has gone on elsewhere.
      window.setTimeout(() => {
        const now = document.activeElement;
        if (opener.isConnected && (now === null || now === document.body)) opener.focus({ preventScroll: true });
      }, 0);
    },
    [opener],
  );
}
