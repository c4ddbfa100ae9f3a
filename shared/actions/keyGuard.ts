import type { ActionSpec } from './actions';
import { isTypingKey, type Chord } from './chords';

/** Where keyboard focus is, as far as shortcuts care. */
export type FocusPlace = 'page' | 'dialog' | 'field';

/** The little of a DOM element this needs, so the rule can be tested without a browser. */
export interface FocusTarget {
  tagName?: string;
  isContentEditable?: boolean;
  closest?(selector: string): unknown;
}

const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Open menus and option lists take letters for type-ahead; dialogs have keys of their own. */
const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], [aria-modal="true"], [role="menu"], [role="listbox"]';

export function focusPlace(target: FocusTarget | null | undefined): FocusPlace {
  if (!target) return 'page';
  if ((target.tagName && FIELD_TAGS.has(target.tagName.toUpperCase())) || target.isContentEditable) return 'field';
  if (target.closest?.(DIALOG_SELECTOR)) return 'dialog';
  return 'page';
}

/**
 * Whether a shortcut may fire. Keys someone also types (N, R, ?) never fire from a field or
 * dialog, nor while the user is typing into nothing: letters that ran no command a moment ago
 * mean the user believes a field has focus, and the rest of what they type must not become
 * commands.
 */
export function mayFire(spec: ActionSpec, chord: Chord, place: FocusPlace, typingIntoNothing: boolean): boolean {
  if (isTypingKey(chord) && (place !== 'page' || typingIntoNothing)) return false;
  if (spec.reach === 'anywhere') return true;
  if (spec.reach === 'dialogs') return place !== 'field';
  return place === 'page';
}

/** A pause this long ends typing into nothing; so do a click and keys such as Enter, Tab or Esc. */
export const TYPING_PAUSE_MS = 1500;

/** Tracks printable keys that ran no command: the user is typing, though no field is there. */
export class TypingRun {
  private last = Number.NEGATIVE_INFINITY;

  typed(now: number): void {
    this.last = now;
  }

  end(): void {
    this.last = Number.NEGATIVE_INFINITY;
  }

  active(now: number): boolean {
    return now - this.last < TYPING_PAUSE_MS;
  }
}

/** A key that puts a character in a field: what typing is made of. */
export const isPrintable = (press: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean =>
  press.key.length === 1 && !press.ctrlKey && !press.metaKey && !press.altKey;

/** Keys that end a typing run: the user has stopped typing and is doing something else. */
export const endsTyping = (key: string): boolean =>
  ['Enter', 'Escape', 'Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(key);
