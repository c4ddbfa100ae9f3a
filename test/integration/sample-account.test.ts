import { describe, expect, it } from 'vitest';
import { MapView, type Person } from '../../shared/api/entities';
import { LANGUAGES, RELATION_KINDS, ROLES, STANCES } from '../../shared/domain/enums';
import { insertSample, sampleSpec } from '../../electron/backend/services/sample/createSample';
import { callOk, countRows, snapshotTables, startTempBackend } from '../helpers/tempDb';

const CARD = { width: 200, height: 120 };
const NAME_PATTERN = { en: /^[A-Z][a-z]+ [A-Z][a-z]+$/, 'zh-CN': /^[\u4e00-\u9fff]{2,3}$/ };
const UNIT_NAMES = {
  en: ['Group Executive', 'Finance', 'Information Technology', 'Procurement', 'Production & Operations'],
  'zh-CN': ['集团管理层', '财务部', '信息技术部', '采购部', '生产运营'],
};

function openSample(language: (typeof LANGUAGES)[number]) {
  const temp = startTempBackend();
  const d = temp.backend.dispatch;
  const account = callOk(d, 'accounts.createSample', { language });
  const maps = callOk(d, 'maps.list', { accountId: account.id });
  const main = MapView.parse(callOk(d, 'maps.view', { mapId: maps[0]?.id ?? '' }));
  const deal = MapView.parse(callOk(d, 'maps.view', { mapId: maps[1]?.id ?? '' }));
  return { ...temp, d, account, maps, main, deal };
}

describe.each(LANGUAGES.map((language) => [language]))('the sample account in %s', (language) => {
  it('shows everyone on its map as of last month, with the stance they had then', () => {
    const { d, main } = openSample(language);
    const monthAgo = new Date(Date.now() - 31 * 86_400_000).toISOString().slice(0, 10);
    const past = callOk(d, 'history.mapAsOf', { mapId: main.map.id, date: monthAgo, utcOffset: 0 });
    expect(past.people).toHaveLength(main.people.length);
    // Nobody is new since last month; the CIO moved from connect to trust 30 days ago.
    const moved = callOk(d, 'history.compare', {
      mapId: main.map.id,
      from: monthAgo,
      to: new Date().toISOString().slice(0, 10),
      utcOffset: 0,
    });
    expect(moved.added).toEqual([]);
    expect(moved.movers.flatMap((m) => m.moves)).toContainEqual(
      expect.objectContaining({ field: 'progress', from: 'connect', to: 'trust', direction: 'up' }),
    );
  });

  it('is a realistic customer: about 30 people in five org units, our team of four, two competitors', () => {
    const { d, account, maps, main } = openSample(language);
    expect(account.isSample).toBe(true);
    expect(callOk(d, 'accounts.list', {})[0]?.peopleCount).toBe(30);
    expect(callOk(d, 'orgUnits.list', { accountId: account.id }).map((u) => u.name)).toEqual(UNIT_NAMES[language]);
    expect(maps).toHaveLength(2);
    expect(main.people).toHaveLength(30);
    expect(main.members).toHaveLength(4);
    expect(main.competitors).toHaveLength(2);
    expect(main.notes.map((n) => n.kind)).toEqual(['sticky', 'sticky']);
    const team = callOk(d, 'accountTeam.list', { accountId: account.id });
    expect(team.map((e) => e.role)).toEqual(['account_manager', 'executive_sponsor', 'technical_lead', 'service']);
    expect(callOk(d, 'team.list', {}).every((m) => m.sampleAccountId === account.id)).toBe(true);
  });

  it('has names and titles that read naturally in the language', () => {
    const { main } = openSample(language);
    for (const person of main.people) {
      expect(person.title.trim(), person.name).not.toBe('');
      if (!person.isPlaceholder) expect(person.name).toMatch(NAME_PATTERN[language]);
    }
    for (const member of main.members) expect(member.name).toMatch(NAME_PATTERN[language]);
    const cjk = /[\u4e00-\u9fff]/;
    const texts = [...main.people.map((p) => p.title), ...main.notes.map((n) => n.text), main.account.name];
    expect(texts.every((text) => cjk.test(text))).toBe(language === 'zh-CN');
  });

  it('has every decision role, every stance, a placeholder, a coach, a gatekeeper and a lean to a competitor', () => {
    const { main } = openSample(language);
    const people = main.people;
    expect(new Set(people.map((p) => p.role))).toEqual(new Set(ROLES));
    expect(new Set(people.map((p) => p.stance))).toEqual(new Set(STANCES));
    expect(new Set(people.map((p) => p.influence)).size).toBe(5);
    expect(new Set(people.map((p) => p.access)).size).toBe(5);
    expect(new Set(people.map((p) => p.progress)).size).toBe(5);
    expect(new Set(people.map((p) => p.layer))).toEqual(new Set(['key', 'broad']));
    const placeholders = people.filter((p) => p.isPlaceholder);
    expect(placeholders).toHaveLength(1);
    expect(placeholders[0]?.name).toBe('');
    expect(['approver', 'decision_maker']).toContain(placeholders[0]?.role);
    const leaning = people.filter((p) => p.competitorId);
    expect(leaning).toHaveLength(1);
    expect(main.competitors.map((c) => c.id)).toContain(leaning[0]?.competitorId);
    expect(people.some((p) => p.privateNotes !== '')).toBe(true);
    // Some assessments are fresh, some have gone stale.
    const ageDays = (p: Person) => (Date.now() - Date.parse(p.stanceAssessedAt ?? '')) / 86_400_000;
    expect(people.some((p) => ageDays(p) < 10)).toBe(true);
    expect(people.some((p) => ageDays(p) > 90)).toBe(true);
  });

  it('has lines of every kind, covers of each strength and influences of strengths 1–3', () => {
    const { d, account, main } = openSample(language);
    const relations = callOk(d, 'relations.list', { accountId: account.id });
    expect(new Set(relations.map((r) => r.kind))).toEqual(new Set(RELATION_KINDS));
    const strengths = (kind: string) => new Set(relations.filter((r) => r.kind === kind).map((r) => r.strength));
    expect(strengths('covers')).toEqual(new Set([0, 1, 2]));
    expect(strengths('influences')).toEqual(new Set([1, 2, 3]));
    expect(relations.filter((r) => r.kind === 'ally').length).toBeGreaterThanOrEqual(2);
    expect(relations.filter((r) => r.kind === 'rival').length).toBeGreaterThanOrEqual(2);
    // Every member covers someone; everything is on the main map.
    const covers = relations.filter((r) => r.kind === 'covers');
    expect(new Set(covers.map((r) => r.fromMemberId)).size).toBe(4);
    expect(main.relations).toHaveLength(relations.length);
  });

  it('has reporting lines that form one proper hierarchy', () => {
    const { d, account, main } = openSample(language);
    const reports = callOk(d, 'relations.list', { accountId: account.id }).filter((r) => r.kind === 'reports_to');
    const managerOf = new Map<string, string>();
    for (const line of reports) {
      expect(managerOf.has(line.fromPersonId ?? ''), 'one manager each').toBe(false);
      managerOf.set(line.fromPersonId ?? '', line.toPersonId ?? '');
    }
    const roots = main.people.filter((p) => !managerOf.has(p.id));
    expect(roots).toHaveLength(1);
    expect(roots[0]?.role).toBe('approver');
    for (const person of main.people) {
      const seen = new Set<string>();
      for (let at: string | undefined = person.id; at; at = managerOf.get(at)) {
        expect(seen.has(at), 'no loop').toBe(false);
        seen.add(at);
      }
      expect(seen.has(roots[0]?.id ?? '')).toBe(true);
    }
  });

  it('lays the main map out readably: units as containers holding their people, no card on another', () => {
    const { main } = openSample(language);
    const units = new Map(main.items.filter((i) => i.orgUnitId).map((i) => [i.orgUnitId, i]));
    expect(units.size).toBe(5);
    const cards = main.people.map((person) => {
      const item = main.items.find((i) => i.personId === person.id);
      if (!item) throw new Error(`${person.name} is not placed`);
      const box = units.get(person.orgUnitId);
      if (!box?.width || !box.height) throw new Error('unit has no container');
      expect(item.x).toBeGreaterThanOrEqual(box.x);
      expect(item.y).toBeGreaterThanOrEqual(box.y);
      expect(item.x + CARD.width).toBeLessThanOrEqual(box.x + box.width);
      expect(item.y + CARD.height).toBeLessThanOrEqual(box.y + box.height);
      return item;
    });
    const memberCards = main.items.filter((i) => i.memberId);
    const all = [...cards, ...memberCards];
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1)) {
        const apart = Math.abs(a.x - b.x) >= CARD.width || Math.abs(a.y - b.y) >= CARD.height;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
    // Top-down: a manager sits above the people who report to them.
    const at = new Map(cards.map((c) => [c.personId, c]));
    for (const line of main.relations.filter((r) => r.kind === 'reports_to')) {
      expect(at.get(line.toPersonId)?.y ?? 0).toBeLessThan(at.get(line.fromPersonId)?.y ?? 0);
    }
  });

  it('has one opportunity with its own map, where a few people are assessed differently', () => {
    const { d, account, deal, main } = openSample(language);
    const [opportunity] = callOk(d, 'opportunities.list', { accountId: account.id });
    expect(deal.map.opportunityId).toBe(opportunity?.id);
    expect(deal.opportunity).toEqual(opportunity);
    expect(deal.people.length).toBeGreaterThanOrEqual(10);
    expect(deal.people.length).toBeLessThan(main.people.length);
    expect(deal.overrides.length).toBeGreaterThanOrEqual(2);
    for (const override of deal.overrides) {
      const onDeal = deal.people.find((p) => p.id === override.personId);
      const onMain = main.people.find((p) => p.id === override.personId);
      for (const field of ['role', 'influence', 'stance'] as const) {
        if (override[field] === null) continue;
        expect(onDeal?.[field]).toBe(override[field]);
        expect(onMain?.[field]).not.toBe(override[field]);
      }
    }
  });
});

describe('creating the sample', () => {
  it('is one transaction: a failure part-way inserts nothing', () => {
    const { backend } = startTempBackend();
    const before = snapshotTables(backend.db);
    const spec = sampleSpec('en');
    const broken = {
      ...spec,
      structure: {
        ...spec.structure,
        opportunity: {
          ...spec.structure.opportunity,
          overrides: [{ person: 'ceo' as const, role: 'boss' as never, influence: null, stance: null }],
        },
      },
    };
    expect(() => insertSample(backend.db, broken)).toThrow();
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('can be opened twice and deleted, taking its made-up team with it', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const first = callOk(d, 'accounts.createSample', { language: 'en' });
    callOk(d, 'accounts.createSample', { language: 'zh-CN' });
    expect(countRows(backend.db, 'team_members')).toBe(8);
    callOk(d, 'accounts.delete', { id: first.id });
    expect(countRows(backend.db, 'team_members')).toBe(4);
    expect(callOk(d, 'team.list', {}).map((m) => m.name)).toEqual(['李明', '孙悦', '赵磊', '陈静'].sort());
  });
});
