import { queryClient } from '../api/client';

/**
 * Another file, or a backup of this one, now stands where the open database was (a restore,
 * File → Open): every screen reloads from it, and what was cached or could be undone is of the
 * old file, so it goes. The App takes the user home and clears the undo steps.
 */
const listeners = new Set<() => void>();

export function onDatabaseChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function databaseChanged(): Promise<void> {
  listeners.forEach((listener) => listener());
  await queryClient.resetQueries();
}
