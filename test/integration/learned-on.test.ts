import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/backend/db/connection';
import { dayAt } from '../../shared/domain/learnedOn';
import { callError, callOk, seedAccount, snapshotTables as everyTable, startTempBackend } from '../helpers/tempDb';

const DAY = 86_400_000;
const dayAgo = (days: number, utcOffset = 0) => dayAt(new Date(Date.now() - days * DAY), utcOffset);
const today = () => dayAt(new Date());

/** Every row of every table but SQLite's own counter of history rows, which never goes back. */
const snapshotTables = (db: Db) => {
  const { sqlite_sequence: _counter, ...tables } = everyTable(db);
  return tables;
};

describe('a change dated when it was learned', () => {
  it('takes its place in the history, time travel and comparisons by that day, not by when it was typed', () => {
    const { backend } = startTempBackend();
    const { dispatch } = backend;
    const { mapId, people } = seedAccount(dispatch);
    const { ann } = people;
    callOk(dispatch, 'people.update', { id: ann, patch: { access: 2 } });
    // Typed second, learned three weeks ago at the steering meeting.
    const learned = callOk(dispatch, 'people.update', { id: ann, patch: { influence: 4 }, learnedOn: dayAgo(20) });

    const { entries } = callOk(dispatch, 'history.person', { personId: ann });
    expect(entries.map((e) => [e.field, e.newValue])).toEqual([
      ['influence', '4'],
      ['access', '2'],
    ]);
    const [first, second] = entries;
    expect(first?.learnedAt).toBe(learned.influenceAssessedAt);
    expect(dayAt(new Date(first?.learnedAt ?? ''))).toBe(dayAgo(20));
    expect(first?.changedAt && second?.changedAt && first.changedAt >= second.changedAt).toBe(true);
    expect(second?.learnedAt).toBeNull();

    // Known since that meeting, with what was learned there and nothing typed today.
    expect(callOk(dispatch, 'history.mapAsOf', { mapId, date: dayAgo(30) }).people.map((p) => p.id)).not.toContain(ann);
    expect(
      callOk(dispatch, 'history.mapAsOf', { mapId, date: dayAgo(10) }).people.find((p) => p.id === ann),
    ).toMatchObject({ influence: 4, access: 0 });
    const compared = callOk(dispatch, 'history.compare', { mapId, from: dayAgo(10), to: today() });
    expect(compared.movers.find((m) => m.personId === ann)?.moves.map((m) => [m.field, m.from, m.to])).toEqual([
      ['access', '0', '2'],
    ]);
  });

  it('makes the assessment as old as the news: the stale warning reads the day it was learned', () => {
    const { backend } = startTempBackend();
    const { dispatch } = backend;
    const { accountId, people } = seedAccount(dispatch);
    // A strategic account's assessments go stale after three weekly cadences: 21 days.
    callOk(dispatch, 'accounts.update', { id: accountId, patch: { tier: 'strategic' } });
    const stale = () =>
      callOk(dispatch, 'insights.list', { accountId }).insights.find(
        (i) => i.rule === 'assessment_stale' && i.subject === people.bob,
      );
    callOk(dispatch, 'people.update', { id: people.bob, patch: { role: 'decision_maker' }, learnedOn: dayAgo(10) });
    expect(stale()).toBeUndefined();
    callOk(dispatch, 'people.update', { id: people.bob, patch: { stance: 'skeptical' }, learnedOn: dayAgo(30) });
    expect(stale()?.params.fields).toBe('stance');
  });

  it('refuses a day after the user’s today or more than two years back, and writes nothing', () => {
    const { backend } = startTempBackend();
    const { dispatch, db } = backend;
    const { people } = seedAccount(dispatch);
    const untouched = snapshotTables(db);
    const cases = [
      { learnedOn: dayAt(new Date(Date.now() + DAY)) },
      { learnedOn: dayAgo(731) },
      // Where the day is already tomorrow for UTC it is not yet for someone twelve hours behind.
      { learnedOn: dayAt(new Date(Date.now() + DAY), -720), utcOffset: -720 },
      { learnedOn: dayAt(new Date(Date.now() + DAY), 840), utcOffset: 840 },
    ];
    for (const dated of cases) {
      const error = callError(dispatch, 'people.update', { id: people.ann, patch: { stance: 'champion' }, ...dated });
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toEqual([
        expect.objectContaining({ path: 'learnedOn', problem: 'date_out_of_range', params: expect.any(Object) }),
      ]);
    }
    expect(callError(dispatch, 'people.update', { id: people.ann, patch: {}, learnedOn: '2026-02-30' }).code).toBe(
      'invalid_input',
    );
    expect(snapshotTables(db)).toEqual(untouched);
    // The user's own today, wherever they are, is fine and means now.
    for (const utcOffset of [-720, 840]) {
      const person = callOk(dispatch, 'people.update', {
        id: people.ann,
        patch: { access: utcOffset < 0 ? 1 : 2 },
        learnedOn: dayAt(new Date(), utcOffset),
        utcOffset,
      });
      expect(Date.now() - Date.parse(person.accessAssessedAt ?? '')).toBeLessThan(60_000);
    }
    const { entries } = callOk(dispatch, 'history.person', { personId: people.ann });
    expect(entries.map((e) => e.learnedAt)).toEqual([null, null]);
  });
});
