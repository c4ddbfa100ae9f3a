import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MapNote, OrgUnit, Person, Relation, TeamMember } from '../../shared/api/entities';
import { RESOURCES } from '../../shared/i18n';
import {
  lineName,
  memberName,
  noteName,
  orgUnitName,
  personName,
  rememberingTranslate,
  type Translate,
} from '../../renderer/src/features/map/canvasNames';

async function translator(language: 'en' | 'zh-CN'): Promise<Translate> {
  const i18n = createInstance();
  await i18n.init({
    lng: language,
    resources: { [language]: { translation: RESOURCES[language] } },
    interpolation: { escapeValue: false },
  });
  return i18n.t.bind(i18n) as Translate;
}

const person = (fields: Partial<Person>): Person =>
  ({
    name: 'Wang Jianguo',
    title: 'CIO',
    isPlaceholder: false,
    role: 'decision_maker',
    influence: 4,
    stance: 'supportive',
    competitorId: null,
    privateNotes: '',
    ...fields,
  }) as Person;
const relation = (fields: Partial<Relation>): Relation =>
  ({
    kind: 'reports_to',
    fromPersonId: 'li',
    toPersonId: 'wang',
    fromMemberId: null,
    toMemberId: null,
    strength: 1,
    label: '',
    ...fields,
  }) as Relation;
const names: Record<string, string> = { wang: 'Wang Jianguo', li: 'Li Na', me: 'Zhang Wei' };
const nameOf = (id: string | null) => (id ? names[id] : undefined);

describe('what a screen reader hears on the canvas', () => {
  it('names a card as it reads: name, title, role, influence, stance, in either language', async () => {
    const en = await translator('en');
    const zh = await translator('zh-CN');
    expect(personName(en, person({}))).toBe('Wang Jianguo, CIO, Decision maker, influence 4 of 5, Supportive');
    expect(personName(zh, person({}))).toMatch(/^Wang Jianguo，CIO，.+，影响力 4\/5，支持$/);
  });

  it('says what the marks on a card say, and that a placeholder is one', async () => {
    const en = await translator('en');
    expect(personName(en, person({ competitorId: 'x' }), { stale: true })).toContain(
      'Leans to a competitor, Assessment not revisited for a long time',
    );
    expect(personName(en, person({ isPlaceholder: true, name: '', title: '' }))).toMatch(
      /^Placeholder card, not yet identified, Decision maker/,
    );
  });

  it('names team members, departments and notes', async () => {
    const en = await translator('en');
    expect(memberName(en, { name: 'Zhang Wei', title: 'AE' } as TeamMember)).toBe('Our team: Zhang Wei, AE');
    expect(orgUnitName(en, { name: 'IT' } as OrgUnit, 1, true)).toBe('Department IT, 1 person, collapsed');
    expect(noteName(en, { kind: 'sticky', text: 'Budget in May' } as MapNote)).toBe('Sticky note: Budget in May');
  });

  it('names each kind of line from one end to the other, with its label', async () => {
    const en = await translator('en');
    const zh = await translator('zh-CN');
    expect(lineName(en, relation({}), nameOf)).toBe('Li Na reports to Wang Jianguo');
    expect(lineName(zh, relation({}), nameOf)).toBe('Li Na 向 Wang Jianguo 汇报');
    expect(lineName(en, relation({ kind: 'dotted_line' }), nameOf)).toBe(
      'Li Na also reports to Wang Jianguo (dotted line)',
    );
    expect(lineName(en, relation({ kind: 'influences', strength: 3, label: 'old classmates' }), nameOf)).toBe(
      'Li Na influences Wang Jianguo, strength: Strong, labelled “old classmates”',
    );
    expect(
      lineName(en, relation({ kind: 'covers', fromPersonId: null, fromMemberId: 'me', toPersonId: 'li' }), nameOf),
    ).toBe('Zhang Wei of our team covers Li Na');
  });
});

describe('remembered translations', () => {
  it('name exactly as i18next does, plurals included, and never read a value as a placeholder', async () => {
    const en = await translator('en');
    const remembering = rememberingTranslate(en);
    for (const count of [1, 3, 1]) {
      expect(orgUnitName(remembering, { name: 'IT' } as OrgUnit, count, false)).toBe(
        orgUnitName(en, { name: 'IT' } as OrgUnit, count, false),
      );
    }
    expect(lineName(remembering, relation({}), nameOf)).toBe('Li Na reports to Wang Jianguo');
    expect(lineName(remembering, relation({}), (id) => (id === 'li' ? '{{to}}' : 'Wang'))).toBe(
      '{{to}} reports to Wang',
    );
  });
});
