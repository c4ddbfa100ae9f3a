import type { ActionId } from '../../../shared/actions/actions';

/** What a screen offers for one action while it is mounted. */
export interface ActionHandler {
  perform(): unknown;
  /** Whether it can run now; asked at the moment of the key, menu item or palette entry. */
  enabled?(): boolean;
}

/**
 * The run-time half of the action registry: which screen answers each action now. A screen
 * mounted later (a dialog's page over the map) stands in front of the ones beneath; the first
 * enabled one from the front runs.
 */
const handlers = new Map<ActionId, ActionHandler[]>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

export function registerAction(id: ActionId, handler: ActionHandler): () => void {
  handlers.set(id, [...(handlers.get(id) ?? []), handler]);
  changed();
  return () => {
    handlers.set(
      id,
      (handlers.get(id) ?? []).filter((h) => h !== handler),
    );
    changed();
  };
}

function current(id: ActionId): ActionHandler | undefined {
  return [...(handlers.get(id) ?? [])].reverse().find((handler) => handler.enabled?.() ?? true);
}

export const isActionEnabled = (id: ActionId): boolean => current(id) !== undefined;

/** Runs the action if some screen can run it now; says whether it ran. */
export function runAction(id: ActionId): boolean {
  const handler = current(id);
  if (!handler) return false;
  void handler.perform();
  return true;
}

/** For useSyncExternalStore: a number that changes whenever a screen comes or goes. */
export const registryVersion = (): number => version;

export function subscribeToRegistry(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
