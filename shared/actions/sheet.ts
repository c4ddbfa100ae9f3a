import { ACTIONS, GESTURES, chordsOf, type ActionId } from './actions';
import { formatChord, type Platform } from './chords';

/** One line of the shortcut sheet: the command's label key and its keys, each ready to show. */
export interface SheetRow {
  id: ActionId | null;
  label: string;
  keys: ({ text: string } | { labelKey: string })[];
}

/** The shortcut sheet, derived from the registry: every action with keys, then the map's gestures. */
export function shortcutSheetRows(platform: Platform): SheetRow[] {
  const actions: SheetRow[] = ACTIONS.flatMap((spec) => {
    const chords = chordsOf(spec, platform);
    return chords.length === 0
      ? []
      : [{ id: spec.id, label: spec.label, keys: chords.map((chord) => ({ text: formatChord(chord, platform) })) }];
  });
  const gestures: SheetRow[] = GESTURES.map((gesture) => ({
    id: null,
    label: gesture.label,
    keys: [
      'chord' in gesture.how ? { text: formatChord(gesture.how.chord, platform) } : { labelKey: gesture.how.text },
    ],
  }));
  return [...actions, ...gestures];
}
