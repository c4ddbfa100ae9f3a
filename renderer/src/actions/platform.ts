import { labelWithKeys, shortcutText } from '../../../shared/actions/actions';
import type { ActionId } from '../../../shared/actions/actions';
import { platformOf, type Platform } from '../../../shared/actions/chords';

/** ⌘ on macOS, Ctrl elsewhere: the platform every shortcut is shown and matched for. */
export const PLATFORM: Platform = platformOf(typeof navigator === 'undefined' ? '' : navigator.platform);

/** The action's keys as this platform writes them, e.g. "⇧⌘Z" or "Ctrl+Shift+Z". */
export const keysOf = (id: ActionId): string | null => shortcutText(id, PLATFORM);

/** A tooltip or menu label with the action's keys after it: "Undo (⌘Z)". */
export const withKeys = (label: string, id: ActionId): string => labelWithKeys(label, id, PLATFORM);
