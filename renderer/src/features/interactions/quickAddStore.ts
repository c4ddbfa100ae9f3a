import { useEffect, useSyncExternalStore } from 'react';
import type { Interaction } from '../../../../shared/api/methods/interactions';

/** What the quick-add opens with: a new contact with some people picked, or an existing one to edit. */
export type QuickAddRequest = { personIds?: string[]; editing?: Interaction } | null;

let request: QuickAddRequest = null;
let openPersonId: string | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Opens the quick-add from any view (a timeline's "Log contact", an interaction's "Edit"). */
export function openQuickAdd(next: NonNullable<QuickAddRequest> = {}): void {
  request = next;
  emit();
}

export function closeQuickAdd(): void {
  request = null;
  emit();
}

export const useQuickAddRequest = (): QuickAddRequest => useSyncExternalStore(subscribe, () => request);

/** The person whose page is open, so Ctrl+I pre-fills them; the quick-add lives outside the account screen. */
export const currentOpenPerson = (): string | null => openPersonId;

/** Called by the person page with the person it shows (null when closed). */
export function useOpenPersonBeacon(personId: string | null): void {
  useEffect(() => {
    openPersonId = personId;
    return () => {
      if (openPersonId === personId) openPersonId = null;
    };
  }, [personId]);
}
