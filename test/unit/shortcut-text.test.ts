import { describe, expect, it } from 'vitest';
import { ACTIONS, labelWithKeys, shortcutText, type ActionId } from '../../shared/actions/actions';
import { formatChord } from '../../shared/actions/chords';
import { commandQuery, paletteEntries } from '../../shared/actions/palette';
import { LANGUAGES } from '../../shared/domain/enums';
import { RESOURCES } from '../../shared/i18n';

function leaves(tree: unknown, prefix = ''): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

const translate = (language: (typeof LANGUAGES)[number]) => (key: string) => {
  const text = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], RESOURCES[language]);
  if (typeof text !== 'string') throw new Error(`No string ${key} in ${language}`);
  return text;
};

const withMod = ACTIONS.filter((spec) => ('keys' in spec ? spec.keys.other[0]?.startsWith('Mod+') : false));

describe('shortcuts as tooltips, menus and the palette show them', () => {
  it('use ⌘ on macOS and Ctrl elsewhere, for every command with a ⌘/Ctrl key', () => {
    expect(withMod.length).toBeGreaterThan(5);
    for (const { id } of withMod) {
      const mac = labelWithKeys('Label', id, 'mac');
      const other = labelWithKeys('Label', id, 'other');
      expect(mac, id).toMatch(/^Label \(.*⌘.*\)$/);
      expect(mac, id).not.toContain('Ctrl');
      expect(other, id).toMatch(/^Label \(Ctrl\+.+\)$/);
      expect(other, id).not.toContain('⌘');
    }
    expect(labelWithKeys('Undo', 'app.undo', 'mac')).toBe('Undo (⌘Z)');
    expect(labelWithKeys('Undo', 'app.undo', 'other')).toBe('Undo (Ctrl+Z)');
    expect(labelWithKeys('Redo', 'app.redo', 'mac')).toBe('Redo (⇧⌘Z)');
    expect(labelWithKeys('Add', 'map.addPerson', 'mac')).toBe('Add (N)');
    expect(labelWithKeys('Tidy', 'map.orgChartLayout', 'mac')).toBe('Tidy');
    expect(formatChord('Mod+Enter', 'mac')).toBe('⌘↩');
    expect(formatChord('Mod+Enter', 'other')).toBe('Ctrl+Enter');
  });

  it('are never written into a translated string: each comes from the registry for the platform', () => {
    const literal = /\b(Ctrl|Cmd|Command|Control)\b|[⌘⌃⌥]/;
    for (const language of LANGUAGES) {
      const written = leaves(RESOURCES[language]).filter(([, text]) => typeof text === 'string' && literal.test(text));
      expect(written.map(([key]) => `${language}: ${key}`)).toEqual([]);
    }
  });
});

describe('the command palette', () => {
  const available = new Set<ActionId>(['app.undo', 'app.redo', 'app.goHome', 'app.shortcutSheet']);
  const entriesFor = (query: string, language: (typeof LANGUAGES)[number], platform: 'mac' | 'other') =>
    paletteEntries(query, {
      translate: translate(language),
      available: (id) => available.has(id),
      platform,
      unavailable: 'n/a',
    });

  it('opens on ">" and takes the words after it; anything else is a search', () => {
    expect(commandQuery('>')).toBe('');
    expect(commandQuery('  > undo ')).toBe('undo');
    expect(commandQuery('undo')).toBeNull();
    expect(commandQuery('a > b')).toBeNull();
    // The same key under a Chinese input method.
    expect(commandQuery('》撤销')).toBe('撤销');
    expect(commandQuery('＞ 撤销')).toBe('撤销');
  });

  it('lists every command but its own opener, those that can run first, each with its keys', () => {
    const entries = entriesFor('', 'en', 'mac');
    expect(entries.map((entry) => entry.id).sort()).toEqual(
      ACTIONS.map((spec) => spec.id)
        .filter((id) => id !== 'app.search')
        .sort(),
    );
    const firstUnavailable = entries.findIndex((entry) => !entry.available);
    expect(entries.slice(0, firstUnavailable).every((entry) => available.has(entry.id))).toBe(true);
    expect(entries.slice(firstUnavailable).some((entry) => entry.available)).toBe(false);
    for (const entry of entries) {
      expect(entry.keys).toBe(shortcutText(entry.id, 'mac'));
      expect(entry.why === null).toBe(entry.available);
    }
    expect(entries.find((entry) => entry.id === 'map.copy')?.why).toBe('Select cards on the map first');
  });

  it('filters by every typed word of the label in the user’s language', () => {
    expect(entriesFor('undo', 'en', 'other').map((entry) => [entry.label, entry.keys])).toEqual([['Undo', 'Ctrl+Z']]);
    expect(entriesFor('SELECTED cards', 'en', 'other').map((entry) => entry.id)).toEqual(['map.copy', 'map.duplicate']);
    expect(entriesFor('撤销', 'zh-CN', 'mac').map((entry) => [entry.label, entry.keys])).toEqual([['撤销', '⌘Z']]);
    const copy = entriesFor('复制所选', 'zh-CN', 'mac').find((entry) => entry.id === 'map.copy');
    expect(copy).toMatchObject({ available: false, why: '请先在地图上选中卡片', keys: '⌘C' });
    expect(entriesFor('no such command', 'en', 'mac')).toEqual([]);
  });
});
