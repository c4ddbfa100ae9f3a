import { useSyncExternalStore } from 'react';

/** The import wizard is asked for from the map, the people table and a file dropped on the window. */
export type ImportRequest = { id: number; file?: File } | null;

let request: ImportRequest = null;
let opened = 0;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const emit = () => listeners.forEach((listener) => listener());

export function openImport(file?: File): void {
  // Each request is a new id, so the wizard starts afresh even when it is open already.
  opened++;
  request = file ? { id: opened, file } : { id: opened };
  emit();
}

export function closeImport(): void {
  request = null;
  emit();
}

export const useImportRequest = (): ImportRequest => useSyncExternalStore(subscribe, () => request);
