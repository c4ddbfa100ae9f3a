import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../shared/domain/enums';
import { RESOURCES } from '../../shared/i18n';
import { stringsFor } from '../../electron/main/shellText';
import { SAMPLE_TEXT_EN } from '../../electron/backend/services/sample/text.en';
import { SAMPLE_TEXT_ZH_CN } from '../../electron/backend/services/sample/text.zh-CN';

/** docs/glossary.md's tables, each row as its cells, under the heading that names the table. */
function glossaryTable(heading: string): string[][] {
  const text = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8');
  const section = text.split(/^## /m).find((part) => part.startsWith(heading));
  if (!section) throw new Error(`docs/glossary.md has no section “${heading}”`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2) // the header and its |---| line
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

const variants = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(';')
    .map((word) => word.trim())
    .filter(Boolean);

interface Concept {
  concept: string;
  rejected: Record<Language, string[]>;
  allowed: string[];
}

const concepts: Concept[] = glossaryTable('Concepts').map(([concept = '', , , zh, en, allowed]) => ({
  concept,
  rejected: { 'zh-CN': variants(zh), en: variants(en) },
  allowed: variants(allowed),
}));

/** Every string of a tree of strings, with where it sits. */
function strings(tree: unknown, prefix: string): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree).flatMap(([key, value]) => strings(value, `${prefix}.${key}`));
}

/** What the user reads in a language: the app's strings, the shell's menus and the sample account. */
const uiStrings = (language: Language): [string, string][] => [
  ...strings(RESOURCES[language], 'i18n'),
  ...strings(stringsFor(language), 'shell'),
  ...strings(language === 'en' ? SAMPLE_TEXT_EN : SAMPLE_TEXT_ZH_CN, 'sample'),
];

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` uses `variant`: anywhere for Chinese, as a whole word (or its plural) for English. */
function uses(language: Language, text: string, variant: string): boolean {
  if (language === 'zh-CN') return text.includes(variant);
  return new RegExp(`\\b${escape(variant)}s?\\b`, 'i').test(text);
}

describe('docs/glossary.md', () => {
  it('lists concepts, each with its words in both languages', () => {
    expect(concepts.length).toBeGreaterThan(10);
    for (const row of glossaryTable('Concepts')) {
      expect(row, row[0]).toHaveLength(6);
      expect(row[1], row[0]).not.toBe('');
      expect(row[2], row[0]).not.toBe('');
    }
  });

  it('never rejects the word it chooses', () => {
    for (const [concept = '', zh = '', en = ''] of glossaryTable('Concepts')) {
      const rejected = concepts.find((c) => c.concept === concept)?.rejected;
      for (const variant of rejected?.['zh-CN'] ?? []) expect(zh.includes(variant), concept).toBe(false);
      for (const variant of rejected?.en ?? []) expect(uses('en', en, variant), concept).toBe(false);
    }
  });

  it('would catch a rejected variant, and spare an allowed phrase', () => {
    expect(uses('zh-CN', '记录一次接触', '接触')).toBe(true);
    expect(uses('en', 'Log an interaction', 'interaction')).toBe(true);
    expect(uses('en', 'Two Deals won', 'deal')).toBe(true);
    expect(uses('en', 'an ideal partner', 'deal')).toBe(false);
  });
});

describe('UI strings keep to docs/glossary.md', () => {
  for (const language of LANGUAGES) {
    it(`${language}: no string uses a rejected variant`, () => {
      const found: string[] = [];
      for (const [where, raw] of uiStrings(language)) {
        for (const concept of concepts) {
          const text = concept.allowed.reduce((rest, phrase) => rest.split(phrase).join('□'), raw);
          for (const variant of concept.rejected[language]) {
            if (uses(language, text, variant)) found.push(`${where}: “${variant}” (${concept.concept}) in “${raw}”`);
          }
        }
      }
      expect(found).toEqual([]);
    });
  }

  it('shows each code of the method in the words the glossary gives it', () => {
    const rows = glossaryTable('The method').map(([key = '', zh = '', en = '']) => ({ key, zh, en }));
    expect(rows.length).toBeGreaterThan(40);
    const label = (language: Language, key: string): unknown =>
      key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], RESOURCES[language]);
    const shown = rows.map(({ key }) => ({ key, zh: label('zh-CN', key), en: label('en', key) }));
    expect(shown).toEqual(rows);
  });
});
