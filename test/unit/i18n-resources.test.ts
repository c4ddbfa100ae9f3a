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
  [...text.matchAll(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g)]
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
