import { ACTIONS, shortcutText, type ActionId } from './actions';
import type { Platform } from './chords';

/**
 * What the search box holds after ">": the words a command is looked for by; null if it is a
 * search. A Chinese input method in Chinese mode types the key as "＞" or "》": those open it too.
 */
export function commandQuery(text: string): string | null {
  const trimmed = text.trimStart();
  return /^[>＞》]/.test(trimmed) ? trimmed.slice(1).trim() : null;
}

/** One line of the command palette, ready to show. */
export interface PaletteEntry {
  id: ActionId;
  label: string;
  /** The first chord that runs it, as this platform writes it ("⇧⌘Z", "Ctrl+Shift+Z"). */
  keys: string | null;
  available: boolean;
  /** While it cannot run: when it can, in words. */
  why: string | null;
}

interface PaletteContext {
  translate(key: string): string;
  /** Whether some screen can run the action now (the registry's answer). */
  available(id: ActionId): boolean;
  platform: Platform;
  /** Said of an unavailable command that names no condition of its own. */
  unavailable: string;
}

/**
 * The palette's commands for what follows ">": every registry command whose label, in the user's
 * language, holds each typed word; those that can run now first, then the rest, each in registry
 * order, so the one Enter runs is one that works.
 */
export function paletteEntries(query: string, context: PaletteContext): PaletteEntry[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const entries = ACTIONS.flatMap((spec): PaletteEntry[] => {
    if ('palette' in spec && spec.palette === false) return [];
    const label = context.translate(spec.label);
    const folded = label.toLocaleLowerCase();
    if (!words.every((word) => folded.includes(word))) return [];
    const available = context.available(spec.id);
    const when = 'when' in spec ? spec.when : undefined;
    return [
      {
        id: spec.id,
        label,
        keys: shortcutText(spec.id, context.platform),
        available,
        why: available ? null : when ? context.translate(when) : context.unavailable,
      },
    ];
  });
  return [...entries.filter((entry) => entry.available), ...entries.filter((entry) => !entry.available)];
}
