import type { Account } from '../../../../shared/api/entities';
import type { Language } from '../../../../shared/domain/enums';
import { addDays, todayIso } from '../../../../shared/domain/horizon';
import type { Db } from '../../db/connection';
import { getAccount } from '../accounts';
import { newId } from '../common';
import { SAMPLE_ACTIVITY, type SampleActivity } from './activity';
import { insertSampleActivity } from './insertActivity';
import { layoutAccount, NOTE_SIZE, type AccountLayout } from './layout';
import { SAMPLE_STRUCTURE, type SampleStructure } from './structure';
import type { SampleText } from './text';
import { SAMPLE_TEXT_EN } from './text.en';
import { SAMPLE_TEXT_ZH_CN } from './text.zh-CN';

export interface SampleSpec {
  structure: SampleStructure;
  activity: SampleActivity;
  text: SampleText;
}

const TEXTS: Record<Language, SampleText> = { en: SAMPLE_TEXT_EN, 'zh-CN': SAMPLE_TEXT_ZH_CN };

export function sampleSpec(language: Language): SampleSpec {
  return { structure: SAMPLE_STRUCTURE, activity: SAMPLE_ACTIVITY, text: TEXTS[language] };
}

const DAY_MS = 86_400_000;
const SAMPLE_KNOWN_FOR_DAYS = 365;
const daysAgo = (days: number, now: number): string => new Date(now - days * DAY_MS).toISOString();

/** Builds the sample account in the user's language and returns it. */
export function createSampleAccount(db: Db, language: Language): Account {
  return getAccount(db, insertSample(db, sampleSpec(language)));
}

/** Inserts the whole sample in one transaction (a failure part-way inserts nothing) and returns its id. */
export function insertSample(db: Db, { structure: s, activity, text }: SampleSpec): string {
  return db.transaction(() => {
    const now = Date.now();
    const stamp = new Date(now).toISOString();
    const accountId = newId();
    db.prepare(
      `INSERT INTO accounts (id, name, tier, stage, relationship_type, potential, org_step, notes, is_sample,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    ).run(
      accountId,
      text.account.name,
      s.account.tier,
      s.account.stage,
      s.account.relationshipType,
      s.account.potential,
      s.account.orgStep,
      text.account.notes,
      stamp,
      stamp,
    );
    const ids = {
      units: keyedIds(s.units),
      competitors: keyedIds(s.competitors),
      people: keyedIds(s.people.map((p) => p.key)),
      members: keyedIds(s.team.map((m) => m.key)),
    };
    const insertUnit = db.prepare('INSERT INTO org_units (id, account_id, name, sort_order) VALUES (?, ?, ?, ?)');
    s.units.forEach((unit, i) => insertUnit.run(ids.units.get(unit), accountId, text.units[unit], i));
    const insertCompetitor = db.prepare('INSERT INTO competitors (id, account_id, name) VALUES (?, ?, ?)');
    for (const key of s.competitors) insertCompetitor.run(ids.competitors.get(key), accountId, text.competitors[key]);

    const insertPerson = db.prepare(
      `INSERT INTO people (id, account_id, org_unit_id, name, title, is_placeholder, role, influence, stance, access,
         progress, layer, role_confidence, influence_confidence, stance_confidence, access_confidence,
         role_assessed_at, influence_assessed_at, stance_assessed_at, access_assessed_at, progress_assessed_at,
         competitor_id, private_notes, birthday, interests, family_notes, created_at, updated_at)
       VALUES (@id, @accountId, @unitId, @name, @title, @placeholder, @role, @influence, @stance, @access,
         @progress, @layer, @confidence, @confidence, @confidence, @confidence,
         @assessedAt, @assessedAt, @assessedAt, @assessedAt, @assessedAt, @competitorId, @privateNotes,
         @birthday, @interests, @familyNotes, @knownSince, @now)`,
    );
    for (const person of s.people) {
      insertPerson.run({
        ...person,
        ...text.people[person.key],
        id: ids.people.get(person.key),
        accountId,
        unitId: ids.units.get(person.unit),
        placeholder: Number(person.placeholder ?? false),
        assessedAt: daysAgo(person.assessedDaysAgo, now),
        competitorId: person.competitor ? ids.competitors.get(person.competitor) : null,
        privateNotes: text.privateNotes[person.key] ?? '',
        birthday: birthdayOf(s.birthdays[person.key], now),
        interests: text.personal[person.key]?.interests ?? '',
        familyNotes: text.personal[person.key]?.familyNotes ?? '',
        // The sample customer has been known for a year, so its map as of last month shows everyone.
        knownSince: daysAgo(SAMPLE_KNOWN_FOR_DAYS, now),
        now: stamp,
      });
    }

    // Our made-up team belongs to the sample and goes when it is deleted.
    const insertMember = db.prepare(
      `INSERT INTO team_members (id, name, title, email, sample_account_id, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const joinTeam = db.prepare('INSERT INTO account_team (account_id, member_id, role) VALUES (?, ?, ?)');
    for (const { key, role } of s.team) {
      const { name, title, email } = text.team[key];
      insertMember.run(ids.members.get(key), name, title, email, accountId, stamp);
      joinTeam.run(accountId, ids.members.get(key), role);
    }

    const insertLine = db.prepare(
      `INSERT INTO relations (id, account_id, kind, from_person_id, from_member_id, to_person_id, strength, label,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const line = (kind: string, from: string, to: string, strength: number, label = '', fromMember = false) =>
      insertLine.run(
        newId(),
        accountId,
        kind,
        fromMember ? null : ids.people.get(from),
        fromMember ? ids.members.get(from) : null,
        ids.people.get(to),
        strength,
        label,
        stamp,
        stamp,
      );
    for (const person of s.people) if (person.reportsTo) line('reports_to', person.key, person.reportsTo, 1);
    for (const [from, to, strength, label] of s.influences)
      line('influences', from, to, strength, label && text.labels[label]);
    for (const [a, b] of s.allies) line('ally', a, b, 1);
    for (const [report, manager] of s.dottedLines) line('dotted_line', report, manager, 1);
    for (const [a, b, label] of s.rivals) line('rival', a, b, 1, label && text.labels[label]);
    for (const [member, person, strength] of s.covers) line('covers', member, person, strength, '', true);

    const insertHistory = db.prepare(
      `INSERT INTO person_history (person_id, opportunity_id, field, old_value, new_value, changed_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const change of s.history) {
      insertHistory.run(
        ids.people.get(change.person),
        null,
        change.field,
        change.from,
        change.to,
        daysAgo(change.daysAgo, now),
      );
    }

    const insertMap = db.prepare(
      `INSERT INTO maps (id, account_id, opportunity_id, name, sort_order, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertItem = db.prepare(
      `INSERT INTO map_items (id, map_id, person_id, member_id, org_unit_id, note_id, x, y, width, height, z)
       VALUES (@id, @mapId, @personId, @memberId, @unitId, @noteId, @x, @y, @width, @height, @z)`,
    );
    const item = (
      mapId: string,
      ref: Partial<Record<'personId' | 'memberId' | 'unitId' | 'noteId', string>>,
      rect: { x: number; y: number; width?: number; height?: number },
      z: number,
    ) =>
      insertItem.run({
        id: newId(),
        mapId,
        personId: null,
        memberId: null,
        unitId: null,
        noteId: null,
        width: null,
        height: null,
        ...ref,
        ...rect,
        z,
      });
    /** Units first (z = 0, underneath), then people, our team and notes on top. */
    const placeAll = (mapId: string, layout: AccountLayout, memberKeys: string[]) => {
      for (const [unit, rect] of layout.units) item(mapId, { unitId: ids.units.get(unit) }, rect, 0);
      for (const [key, point] of layout.people) item(mapId, { personId: ids.people.get(key) }, point, 1);
      memberKeys.forEach((key, i) => {
        const point = layout.members[i];
        if (point) item(mapId, { memberId: ids.members.get(key) }, point, 1);
      });
    };

    const mainMapId = newId();
    insertMap.run(mainMapId, accountId, null, text.mainMap, 0, stamp, stamp);
    const memberKeys = s.team.map((m) => m.key);
    const mainLayout = layoutAccount(s.people, s.units, memberKeys.length, s.notes.length);
    placeAll(mainMapId, mainLayout, memberKeys);
    const insertNote = db.prepare(
      `INSERT INTO map_notes (id, account_id, kind, text, color, created_at, updated_at) VALUES (?, ?, 'sticky', ?, ?, ?, ?)`,
    );
    s.notes.forEach((note, i) => {
      const noteId = newId();
      insertNote.run(noteId, accountId, text.notes[note.key], note.color, stamp, stamp);
      const point = mainLayout.notes[i] ?? { x: 0, y: 0 };
      item(mainMapId, { noteId }, { ...point, ...NOTE_SIZE }, 2);
    });

    const opportunityId = newId();
    const closeDate = new Date(now + s.opportunity.closeInDays * DAY_MS).toISOString().slice(0, 10);
    db.prepare(
      `INSERT INTO opportunities (id, account_id, name, status, amount, close_date, notes, created_at, updated_at)
       VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?)`,
    ).run(
      opportunityId,
      accountId,
      text.opportunity.name,
      s.opportunity.amount,
      closeDate,
      text.opportunity.notes,
      stamp,
      stamp,
    );
    const dealMapId = newId();
    insertMap.run(dealMapId, accountId, opportunityId, text.opportunity.map, 1, stamp, stamp);
    const onDeal = new Set<string>(s.opportunity.people);
    const dealLayout = layoutAccount(
      s.people.filter((p) => onDeal.has(p.key)),
      s.units,
      s.opportunity.members.length,
      0,
    );
    placeAll(dealMapId, dealLayout, s.opportunity.members);

    const insertOverride = db.prepare(
      `INSERT INTO opportunity_assessments (opportunity_id, person_id, role, influence, stance, assessed_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const byKey = new Map(s.people.map((p) => [p.key, p]));
    for (const override of s.opportunity.overrides) {
      const personId = ids.people.get(override.person);
      const person = byKey.get(override.person);
      insertOverride.run(opportunityId, personId, override.role, override.influence, override.stance, daysAgo(6, now));
      for (const field of ['role', 'influence', 'stance'] as const) {
        const value = override[field];
        if (value === null || !person) continue;
        insertHistory.run(personId, opportunityId, field, String(person[field]), String(value), daysAgo(6, now));
      }
    }

    insertSampleActivity(db, accountId, ids, activity, text.activity, now);
    return accountId;
  })();
}

/** A birthday some days before today (in the local calendar), in the year given; 29 February becomes the 28th. */
function birthdayOf(birthday: { daysAgo: number; year: number } | undefined, now: number): string | null {
  if (!birthday) return null;
  const monthDay = addDays(todayIso(new Date(now)), -birthday.daysAgo).slice(5);
  return `${birthday.year}-${monthDay === '02-29' ? '02-28' : monthDay}`;
}

/** A fresh id for each key. */
function keyedIds(keys: readonly string[]): Map<string, string> {
  return new Map(keys.map((key) => [key, newId()]));
}
