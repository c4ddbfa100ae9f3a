import { formatChord, type Chord, type Platform } from './chords';

/**
 * Every command a user can give Powermap, declared once. The desktop menu, the hotkeys, the
 * shortcut sheet, the command palette (">" in search) and the tests all read this list; what a
 * command does and when it is possible (perform, enabled) belongs to the screen that offers it
 * and is registered at run time (renderer/src/actions).
 */
export interface ActionSpec {
  id: string;
  /** i18n key of the command's name, in menus, the palette, the sheet and tooltips. */
  label: string;
  /** The keys that run it, per platform; the first is the one menus and tooltips show. */
  keys?: { mac: readonly Chord[]; other: readonly Chord[] };
  /**
   * Where focus may be for the keys to fire. By default only on the page itself: never in a text
   * field, an editable text, an open menu or list, or a dialog (whose keys are its own).
   * "dialogs": also in a dialog, outside its fields (undo reaches edits made in the person page).
   * "anywhere": also in a field (chords nobody types, that open something on top).
   */
  reach?: 'dialogs' | 'anywhere';
  /** The desktop menu it sits in, if any. */
  menu?: 'file' | 'edit' | 'view' | 'help' | 'settings';
  /** Listed in the command palette (not the palette's own opener). */
  palette?: false;
  /**
   * i18n key saying when the command can run, shown beside it in the palette while it cannot:
   * the palette dims what is not possible here instead of hiding it.
   */
  when?: string;
}

const same = (...chords: Chord[]) => ({ mac: chords, other: chords });

export const ACTIONS = [
  { id: 'app.search', label: 'shortcuts.search', keys: same('Mod+K'), reach: 'anywhere', palette: false },
  {
    id: 'app.undo',
    label: 'shortcuts.undo',
    keys: same('Mod+Z'),
    reach: 'dialogs',
    menu: 'edit',
    when: 'actions.when.notPresenting',
  },
  {
    id: 'app.redo',
    label: 'shortcuts.redo',
    keys: { mac: ['Mod+Shift+Z'], other: ['Mod+Shift+Z', 'Ctrl+Y'] },
    reach: 'dialogs',
    menu: 'edit',
    when: 'actions.when.notPresenting',
  },
  { id: 'accounts.new', label: 'shortcuts.newAccount', keys: same('Mod+N'), menu: 'file', when: 'actions.when.home' },
  {
    id: 'map.addPerson',
    label: 'shortcuts.addPerson',
    keys: same('N', 'Mod+Shift+N'),
    menu: 'file',
    when: 'actions.when.editableMap',
  },
  {
    id: 'app.logContact',
    label: 'shortcuts.logContact',
    keys: same('Mod+I'),
    reach: 'anywhere',
    menu: 'file',
    when: 'actions.when.noContactOpen',
  },
  { id: 'map.delete', label: 'shortcuts.delete', keys: same('Delete', 'Backspace'), when: 'actions.when.selection' },
  { id: 'map.copy', label: 'actions.copy', keys: same('Mod+C'), when: 'actions.when.selection' },
  { id: 'map.paste', label: 'actions.paste', keys: same('Mod+V'), when: 'actions.when.copied' },
  { id: 'map.duplicate', label: 'actions.duplicate', keys: same('Mod+D'), when: 'actions.when.selection' },
  { id: 'map.orgChartLayout', label: 'palette.layout', when: 'actions.when.mapWithPeople' },
  { id: 'history.addReason', label: 'history.reason.shortcut', keys: same('R'), when: 'actions.when.justChanged' },
  { id: 'history.backToToday', label: 'actions.backToToday', keys: same('Escape'), when: 'actions.when.inThePast' },
  { id: 'map.find', label: 'shortcuts.find', keys: same('Mod+F'), when: 'actions.when.mapOrPeople' },
  { id: 'map.fit', label: 'shortcuts.fit', keys: same('Shift+1'), when: 'actions.when.map' },
  { id: 'map.focus', label: 'bigMaps.focus', keys: same('F'), when: 'bigMaps.when.personSelected' },
  { id: 'map.focusDeal', label: 'bigMaps.focusDeal', when: 'bigMaps.when.dealMap' },
  { id: 'map.endFocus', label: 'bigMaps.endFocus', keys: same('Escape'), when: 'bigMaps.when.focusing' },
  { id: 'map.foldUnit', label: 'bigMaps.foldUnit', keys: same('U'), when: 'bigMaps.when.unitSelected' },
  { id: 'app.goHome', label: 'actions.goHome', keys: same('Mod+Shift+H'), menu: 'view', when: 'actions.when.notHome' },
  {
    id: 'app.settings',
    label: 'shortcuts.settings',
    keys: same('Mod+,'),
    menu: 'settings',
    when: 'actions.when.notPresenting',
  },
  { id: 'app.shortcutSheet', label: 'shortcuts.title', keys: same('?'), menu: 'help' },
] as const satisfies readonly ActionSpec[];

export type ActionId = (typeof ACTIONS)[number]['id'];

export const ACTION_IDS: readonly ActionId[] = ACTIONS.map((action) => action.id);

export const isActionId = (value: unknown): value is ActionId => (ACTION_IDS as readonly unknown[]).includes(value);

export function actionSpec(id: ActionId): ActionSpec {
  const spec = ACTIONS.find((action) => action.id === id);
  if (!spec) throw new Error(`Unknown action ${id}`);
  return spec;
}

export function chordsOf(spec: ActionSpec, platform: Platform): readonly Chord[] {
  return spec.keys?.[platform] ?? [];
}

/**
 * The chords a menu item may carry: only those with ⌘/Ctrl or Alt. A menu accelerator on a bare
 * key would take that key from every text field in the window.
 */
export function menuChords(spec: ActionSpec, platform: Platform): readonly Chord[] {
  return chordsOf(spec, platform).filter((chord) => /(^|\+)(Mod|Ctrl|Alt)\+/.test(chord));
}

/** Pointer gestures the map answers to: on the shortcut sheet beside the keys, never bound as keys. */
export const GESTURES: readonly { label: string; how: { chord: Chord } | { text: string } }[] = [
  { label: 'shortcuts.addPersonHere', how: { text: 'shortcuts.doubleClick' } },
  { label: 'shortcuts.multiSelect', how: { chord: 'Mod+click' } },
  { label: 'shortcuts.boxSelect', how: { text: 'shortcuts.shiftDrag' } },
  // The canvas's own keys, on a focused card (renderer/src/features/map/useCanvasKeyboard.ts).
  { label: 'canvasA11y.sheet.alongLines', how: { text: 'canvasA11y.sheet.arrows' } },
  { label: 'canvasA11y.sheet.stepLines', how: { chord: 'L' } },
  { label: 'canvasA11y.sheet.moveCard', how: { text: 'canvasA11y.sheet.altArrows' } },
];

/** The keys that run an action, as this platform writes them ("⇧⌘Z", "Ctrl+Shift+Z"); null if none. */
export function shortcutText(id: ActionId, platform: Platform): string | null {
  const chord = chordsOf(actionSpec(id), platform)[0];
  return chord === undefined ? null : formatChord(chord, platform);
}

/** A tooltip or menu label with the action's keys after it: "Undo (⌘Z)" on macOS, "Undo (Ctrl+Z)" elsewhere. */
export function labelWithKeys(label: string, id: ActionId, platform: Platform): string {
  const keys = shortcutText(id, platform);
  return keys ? `${label} (${keys})` : label;
}
