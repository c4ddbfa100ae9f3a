/**
 * A shortcut as the action registry writes it: modifiers, then one key, joined by "+", e.g.
 * "Mod+Shift+Z", "N", "?", "Delete". "Mod" is ⌘ on macOS and Ctrl elsewhere, so one chord serves
 * both; a chord that must stay Ctrl on every platform says "Ctrl".
 */
export type Chord = string;
export type Platform = 'mac' | 'other';

export interface ParsedChord {
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  /** The key itself: one character, or a KeyboardEvent.key name such as "Delete" or "Escape". */
  key: string;
}

const MODIFIERS = new Set(['Mod', 'Ctrl', 'Shift', 'Alt']);

export function parseChord(chord: Chord): ParsedChord {
  const parts = chord.split('+');
  // "Mod++" would be a chord on the plus key: the last empty part is the key "+".
  const key = chord.endsWith('++') ? '+' : (parts.pop() ?? '');
  const modifiers = chord.endsWith('++') ? parts.slice(0, -2) : parts;
  for (const modifier of modifiers) {
    if (!MODIFIERS.has(modifier)) throw new Error(`Unknown modifier "${modifier}" in shortcut "${chord}"`);
  }
  if (key === '' || MODIFIERS.has(key)) throw new Error(`Shortcut "${chord}" has no key`);
  return {
    mod: modifiers.includes('Mod'),
    ctrl: modifiers.includes('Ctrl'),
    shift: modifiers.includes('Shift'),
    alt: modifiers.includes('Alt'),
    key,
  };
}

/** A chord with no modifier other than Shift: a key someone typing also presses. */
export function isTypingKey(chord: Chord): boolean {
  const parsed = parseChord(chord);
  return !parsed.mod && !parsed.ctrl && !parsed.alt && parsed.key.length === 1;
}

export function platformOf(navigatorPlatform: string): Platform {
  return /Mac|iPhone|iPad/.test(navigatorPlatform) ? 'mac' : 'other';
}

const MAC_KEY_NAMES: Record<string, string> = {
  Delete: '⌦',
  Backspace: '⌫',
  Escape: 'Esc',
  Enter: '↩',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};
const OTHER_KEY_NAMES: Record<string, string> = {
  Escape: 'Esc',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/**
 * How a chord reads in tooltips, menus, the shortcut sheet and the palette: "⇧⌘Z" on macOS (in
 * Apple's modifier order), "Ctrl+Shift+Z" elsewhere. The one place that decides it.
 */
export function formatChord(chord: Chord, platform: Platform): string {
  const { mod, ctrl, shift, alt, key } = parseChord(chord);
  const shown = key.length === 1 ? key.toUpperCase() : key;
  if (platform === 'mac') {
    const marks = `${ctrl ? '⌃' : ''}${alt ? '⌥' : ''}${shift ? '⇧' : ''}${mod ? '⌘' : ''}`;
    return `${marks}${MAC_KEY_NAMES[key] ?? shown}`;
  }
  const names = [...(mod || ctrl ? ['Ctrl'] : []), ...(alt ? ['Alt'] : []), ...(shift ? ['Shift'] : [])];
  return [...names, OTHER_KEY_NAMES[key] ?? shown].join('+');
}

/** The chord as an Electron menu accelerator ("CmdOrCtrl+Shift+Z"). */
export function acceleratorOf(chord: Chord): string {
  const { mod, ctrl, shift, alt, key } = parseChord(chord);
  const names = [
    ...(mod ? ['CmdOrCtrl'] : []),
    ...(ctrl ? ['Ctrl'] : []),
    ...(alt ? ['Alt'] : []),
    ...(shift ? ['Shift'] : []),
  ];
  return [...names, key.length === 1 ? key.toUpperCase() : key].join('+');
}

/** The parts of a KeyboardEvent a chord is matched against. */
export interface KeyPress {
  key: string;
  code: string;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Letters and digits match by their physical key too (event.code), so Shift+1 is Shift+1 whatever
 * "!" the layout makes of it; other characters ("?", ",") match by what the key types, with Shift
 * left to the layout.
 */
export function matchesChord(chord: Chord, press: KeyPress, platform: Platform): boolean {
  const { mod, ctrl, shift, alt, key } = parseChord(chord);
  const wantMeta = platform === 'mac' && mod;
  const wantCtrl = ctrl || (platform === 'other' && mod);
  if (press.metaKey !== wantMeta || press.ctrlKey !== wantCtrl || press.altKey !== alt) return false;
  if (/^[a-z]$/i.test(key)) {
    return (
      press.shiftKey === shift &&
      (press.code === `Key${key.toUpperCase()}` || press.key.toLowerCase() === key.toLowerCase())
    );
  }
  if (/^[0-9]$/.test(key)) return press.shiftKey === shift && (press.code === `Digit${key}` || press.key === key);
  if (key.length === 1) return press.key === key;
  return press.shiftKey === shift && press.key === key;
}
