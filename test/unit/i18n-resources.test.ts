import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api/errors';
import {
  ACCESS_MAX,
  ACCESS_MIN,
  LANGUAGES,
  PERSON_LAYERS,
  PROGRESS_STEPS,
  RELATION_KINDS,
  ROLES,
  STANCES,
  TIERS,
} from '../../shared/domain/enums';
import { RESOURCES } from '../../shared/i18n';

/** Every leaf of a resource tree as [dotted.key, value]. */
function leaves(tree: unknown, prefix = ''): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

function lookup(language: (typeof LANGUAGES)[number], key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], RESOURCES[language]);
}

/** The {{placeholders}} of a string, with their format: `{{names, list}}` is `names, list`. */
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*(?:,\s*([^}]*?)\s*)?\}\}/g)]
    .map((m) => [m[1], m[2]].filter(Boolean).join(', '))
    .sort();

describe('i18n resources', () => {
  it('has resources for every supported language', () => {
    expect(Object.keys(RESOURCES).sort()).toEqual([...LANGUAGES].sort());
  });

  it('has a substantial set of keys', () => {
    expect(leaves(RESOURCES.en).length).toBeGreaterThan(50);
  });

  for (const [from, to] of [
    ['en', 'zh-CN'],
    ['zh-CN', 'en'],
  ] as const) {
    it(`every key in ${from} is a non-empty string in ${to}`, () => {
      const missing: string[] = [];
      for (const [key] of leaves(RESOURCES[from])) {
        const value = lookup(to, key);
        if (typeof value !== 'string' || value.trim() === '') missing.push(key);
      }
      expect(missing).toEqual([]);
    });
  }

  it('every value in both languages is a non-empty string', () => {
    for (const language of LANGUAGES) {
      for (const [key, value] of leaves(RESOURCES[language])) {
        expect(typeof value, `${language}:${key}`).toBe('string');
        expect((value as string).trim(), `${language}:${key}`).not.toBe('');
      }
    }
  });

  it('uses the same {{placeholders}} in both languages', () => {
    for (const [key, value] of leaves(RESOURCES.en)) {
      expect(placeholders(String(lookup('zh-CN', key))), key).toEqual(placeholders(String(value)));
    }
  });

  it('is actually translated: Chinese text is not the English text', () => {
    const same = leaves(RESOURCES.en).filter(
      // Placeholders are not words: '+{{count}}' reads the same in every language.
      ([key, value]) => lookup('zh-CN', key) === value && /[a-z]{3}/i.test(String(value).replace(/\{\{[^}]*\}\}/g, '')),
    );
    expect(same.map(([key]) => key)).toEqual([]);
  });
});

describe('i18n labels for every code of the domain', () => {
  const groups: [string, readonly string[]][] = [
    ['role', ROLES],
    ['stance', STANCES],
    ['progress', PROGRESS_STEPS],
    ['layer', PERSON_LAYERS],
    ['tier', TIERS],
    ['relationKind', RELATION_KINDS],
    ['access', Array.from({ length: ACCESS_MAX - ACCESS_MIN + 1 }, (_, i) => String(ACCESS_MIN + i))],
  ];

  for (const language of LANGUAGES) {
    for (const [group, codes] of groups) {
      it(`${language}: enums.${group} labels every code`, () => {
        const unlabelled = codes.filter((code) => {
          const label = lookup(language, `enums.${group}.${code}`);
          return typeof label !== 'string' || label.trim() === '';
        });
        expect(unlabelled).toEqual([]);
      });
    }

    it(`${language}: every error code has a message`, () => {
      const missing = ERROR_CODES.filter((code) => {
        const text = lookup(language, `errors.${code}`);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(missing).toEqual([]);
    });
  }
});

/**
 * Keys the code builds from a code rather than writes out, each with where it is built. A key
 * under one of these counts as used; every other key must appear in the code as a string, or
 * under the fixed start, two levels deep at least, of a template (`plan.horizon.${h}`).
 */
const BUILT_KEYS: Record<string, string> = {
  'enums.': 'the label of each code of the domain, by its group: enums.${group}.${code}',
  'errors.': 'the message of each error code (shared/api/errors.ts)',
  'sections.': 'the name of each part of an account (SectionNav)',
  'views.': 'the name of each view of a map (AccountScreen)',
  'undo.': 'the label of each undoable command, by the name it was stored under (UndoContext)',
  'plan.undo.': 'plan commands are stored as plan.<label> and read as undo.plan.<label>',
  'interactions.undo.': 'contact commands are stored as interactions.<label>, read as undo.interactions.<label>',
  'workspace.undo.': 'workspace commands are stored as workspace.<label>, read as undo.workspace.<label>',
  'insights.rule.': 'each insight carries the keys of its title, explanation and action (shared/domain/insights)',
  'history.up': 'how a value moved, by its direction (MoversAside, PersonHistory)',
  'history.down': 'how a value moved, by its direction',
  'history.changed': 'how a value moved, by its direction',
  'inspector.role': 'a tracked field’s label (history/format.ts fieldLabel)',
  'inspector.influence': 'a tracked field’s label',
  'inspector.stance': 'a tracked field’s label',
  'inspector.access': 'a tracked field’s label',
  'inspector.progress': 'a tracked field’s label',
  'card.': 'the title of each marker on a card in an exported picture (renderSvg)',
};

/**
 * Words written ahead of the code that shows them, each with who brings it into use; an entry
 * goes once the code uses the key.
 */
const NOT_YET_USED: Record<string, string> = {};

describe('i18n keys and the code', () => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return /\.tsx?$/.test(entry.name) ? [path] : [];
    });
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const code = ['renderer/src', 'electron', 'shared']
    .flatMap((dir) => sourceFiles(join(root, dir)))
    .filter((path) => !path.startsWith(join(root, 'shared/i18n')))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
  const written = new Set([...code.matchAll(/['"`]([\w.-]+)['"`]/g)].map((m) => m[1]));
  const templated = [...code.matchAll(/`(\w+\.\w+(?:\.\w+)*\.)\$\{/g)].map((m) => m[1] ?? '');
  const built = [...Object.keys(BUILT_KEYS), ...Object.keys(NOT_YET_USED)];
  // A plural's forms are one key to the code: people_one and people_other are `people`.
  const keys = [...new Set(leaves(RESOURCES.en).map(([key]) => key.replace(/_(zero|one|two|few|many|other)$/, '')))];

  it('every key is used by the code, or built by it as listed here', () => {
    const unused = keys.filter(
      (key) =>
        !written.has(key) &&
        !templated.some((start) => key.startsWith(start)) &&
        !built.some((start) => (start.endsWith('.') ? key.startsWith(start) : key === start)),
    );
    expect(unused).toEqual([]);
  });

  it('lists no built key that the resources do not have', () => {
    expect(built.filter((start) => !keys.some((key) => key === start || key.startsWith(start)))).toEqual([]);
  });
});
