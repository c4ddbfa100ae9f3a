import { useEffect, useRef } from 'react';
import type { ActionId } from '../../../shared/actions/actions';
import { registerAction } from './registry';

/**
 * Offers an action while the calling component is mounted. `perform` and `enabled` are read
 * fresh each time the action runs, so they may close over the latest state without re-registering.
 */
export function useAction(id: ActionId, perform: () => unknown, enabled: () => boolean = () => true): void {
  const latest = useRef({ perform, enabled });
  useEffect(() => {
    latest.current = { perform, enabled };
  });
  useEffect(
    () =>
      registerAction(id, {
        perform: () => latest.current.perform(),
        enabled: () => latest.current.enabled(),
      }),
    [id],
  );
}
