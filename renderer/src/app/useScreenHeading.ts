import { useCallback, useRef } from 'react';
import { focusPlace } from '../../../shared/actions/keyGuard';

const NOT_YET = Symbol('not focused yet');

/**
 * A ref for the heading of a screen: when the user arrives on the screen, the heading takes the
 * focus, so a screen reader says where they now are and Tab goes on from the top of it.
 *
 * `screen` names the arrival: a new value is a new arrival (another account section under the same
 * heading); null means the heading is not this screen's now. The heading does not take the focus
 * from a dialog, a menu or a field the user is already in (a person's page opened on arrival, the
 * name of a person just added).
 */
export function useScreenHeading<T extends HTMLElement = HTMLHeadingElement>(screen: unknown = 'screen') {
  const arrived = useRef<unknown>(NOT_YET);
  return useCallback(
    (heading: T | null) => {
      if (!heading) return;
      // Focusable from script only: Tab does not stop on it.
      heading.tabIndex = -1;
      if (screen === null) {
        // Left: coming back is a new arrival.
        arrived.current = NOT_YET;
        return;
      }
      if (arrived.current === screen) return;
      arrived.current = screen;
      if (focusPlace(document.activeElement) !== 'page') return;
      heading.focus({ preventScroll: true });
    },
    [screen],
  );
}
