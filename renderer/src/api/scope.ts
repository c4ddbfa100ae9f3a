import { useSyncExternalStore } from 'react';
import type { Scope } from '../../../shared/domain/privacy';
import { isRoomPage } from './roomPage';

/**
 * The privacy scope every call of this window is made in: the owner's, or while the map is
 * presented on a wall screen, the public one, in which the backend serves nothing private and
 * refuses every write. One value for the whole window, so no screen can read around it.
 */
// A viewer in the room is on a shared screen from the first call (the room's server insists anyway).
let current: Scope = isRoomPage() ? 'public' : 'owner';
const listeners = new Set<() => void>();

export const currentScope = (): Scope => current;

export function setScope(scope: Scope): void {
  // A viewer in the room never leaves the public scope.
  if (scope === current || isRoomPage()) return;
  current = scope;
  listeners.forEach((listener) => listener());
}

export function useScope(): Scope {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, currentScope);
}

/** True while the window shows the public view (presentation mode). */
export const usePresenting = (): boolean => useScope() === 'public';
