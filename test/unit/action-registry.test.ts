import { describe, expect, it } from 'vitest';
import { ACTIONS, actionSpec, menuChords, type ActionSpec } from '../../shared/actions/actions';
import { acceleratorOf, formatChord, type Platform } from '../../shared/actions/chords';
import { mayFire, TypingRun, TYPING_PAUSE_MS } from '../../shared/actions/keyGuard';
import { shortcutSheetRows } from '../../shared/actions/sheet';
import { actionLabel, menuTemplate } from '../../electron/main/menuTemplate';
import { stringsFor } from '../../electron/main/shellText';

/** A menu item as the template builds it (the test reads Electron's type through it, not from Electron). */
type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);

const menuOf = (platform: Platform) =>
  items(
    menuTemplate({
      appName: 'Powermap',
      platform,
      isDev: false,
      language: 'en',
      strings: stringsFor('en'),
      recent: [],
      send: () => undefined,
      runFile: () => undefined,
      openRecent: () => undefined,
      clearRecent: () => undefined,
    }),
  );

describe('the action registry', () => {
  for (const platform of ['mac', 'other'] as const) {
    it(`is what the shortcut sheet and the menu show (${platform})`, () => {
      const sheet = shortcutSheetRows(platform).filter((row) => row.id !== null);
      const withKeys = ACTIONS.filter((spec: ActionSpec) => (spec.keys?.[platform].length ?? 0) > 0);
      expect(sheet.map((row) => row.id)).toEqual(withKeys.map((spec) => spec.id));
      for (const row of sheet) {
        const spec = actionSpec(row.id!);
        expect(row.label).toBe(spec.label);
        expect(row.keys).toEqual(spec.keys![platform].map((chord) => ({ text: formatChord(chord, platform) })));
      }
      const menu = menuOf(platform).filter((item) => item.visible !== false && item.id !== undefined);
      expect(menu.map((item) => item.id).sort()).toEqual(
        ACTIONS.filter((spec: ActionSpec) => spec.menu !== undefined)
          .map((spec) => spec.id)
          .sort(),
      );
      for (const item of menu) {
        const spec = actionSpec(item.id as never);
        expect(item.label).toBe(actionLabel(spec, 'en'));
        const chord = menuChords(spec, platform)[0];
        expect(item.accelerator).toBe(chord ? acceleratorOf(chord) : undefined);
      }
    });
  }

  it('shows ⌘ on macOS and Ctrl elsewhere', () => {
    expect(formatChord('Mod+Shift+Z', 'mac')).toBe('⇧⌘Z');
    expect(formatChord('Mod+Shift+Z', 'other')).toBe('Ctrl+Shift+Z');
    expect(formatChord('Mod+K', 'mac')).toBe('⌘K');
    expect(formatChord('Mod+K', 'other')).toBe('Ctrl+K');
  });

  it('never fires a typed letter from a field, a dialog, or while the user types into nothing', () => {
    const addPerson = actionSpec('map.addPerson');
    expect(mayFire(addPerson, 'N', 'page', false)).toBe(true);
    expect(mayFire(addPerson, 'N', 'field', false)).toBe(false);
    expect(mayFire(addPerson, 'N', 'dialog', false)).toBe(false);
    expect(mayFire(addPerson, 'N', 'page', true)).toBe(false);
    expect(mayFire(actionSpec('app.search'), 'Mod+K', 'field', false)).toBe(true);
    expect(mayFire(actionSpec('app.undo'), 'Mod+Z', 'field', false)).toBe(false);
    expect(mayFire(actionSpec('app.undo'), 'Mod+Z', 'dialog', false)).toBe(true);
    // R pressed after its notice closed ran nothing: the "N" of the reason typed next is typing.
    const run = new TypingRun();
    run.typed(1000);
    expect(run.active(1000 + 200)).toBe(true);
    expect(run.active(1000 + TYPING_PAUSE_MS)).toBe(false);
  });
});
