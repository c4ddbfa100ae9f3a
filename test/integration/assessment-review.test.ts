import { describe, expect, it } from 'vitest';
import { dayAt } from '../../shared/domain/learnedOn';
import type { Db } from '../../electron/backend/db/connection';
import { callError, callOk, seedAccount, snapshotTables as everyTable, startTempBackend } from '../helpers/tempDb';

/** Every row of every table but SQLite's own counter of history rows, which never goes back. */
const snapshotTables = (db: Db) => {
  const { sqlite_sequence: _counter, ...tables } = everyTable(db);
  return tables;
};

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const dayAgo = (days: number) => dayAt(new Date(Date.now() - days * DAY));

/** A key account whose Ann was judged 200 days ago and not since: her assessment is stale. */
function staleAnn() {
  const { backend } = startTempBackend();
  const { dispatch, db } = backend;
  const seeded = seedAccount(dispatch);
  const { accountId } = seeded;
  const { ann } = seeded.people;
  callOk(dispatch, 'accounts.update', { id: accountId, patch: { tier: 'key' } });
  callOk(dispatch, 'people.update', {
    id: ann,
    patch: { role: 'decision_maker', stance: 'supportive', layer: 'key' },
    learnedOn: dayAgo(200),
  });
  db.prepare('UPDATE people SET created_at = ?, influence_assessed_at = ?, access_assessed_at = ? WHERE id = ?').run(
    daysAgo(300),
    daysAgo(200),
    daysAgo(200),
    ann,
  );
  const staleFor = (personId: string) =>
    callOk(dispatch, 'insights.list', { accountId }).insights.filter(
      (i) => i.rule === 'assessment_stale' && i.subject === personId,
    );
  return { dispatch, db, accountId, ann, mapId: seeded.mapId, staleFor };
}

describe('“still right”: a review of a person’s assessment', () => {
  it('dates role, influence, stance and access anew without changing them, and the stale warning clears', () => {
    const { dispatch, ann, staleFor } = staleAnn();
    expect(staleFor(ann)).toHaveLength(1);
    const before = callOk(dispatch, 'people.get', { id: ann });

    const review = callOk(dispatch, 'people.confirmAssessment', { personId: ann });

    const after = callOk(dispatch, 'people.get', { id: ann });
    expect(after).toEqual({
      ...before,
      roleAssessedAt: expect.any(String),
      influenceAssessedAt: expect.any(String),
      stanceAssessedAt: expect.any(String),
      accessAssessedAt: expect.any(String),
    });
    for (const stamp of [
      after.roleAssessedAt,
      after.influenceAssessedAt,
      after.stanceAssessedAt,
      after.accessAssessedAt,
    ])
      expect(Date.now() - Date.parse(stamp ?? '')).toBeLessThan(60_000);
    // Progress is a step climbed, not a judgement: it keeps the date it last moved.
    expect(after.progressAssessedAt).toBe(before.progressAssessedAt);
    expect(review.person).toEqual(after);
    expect(review.before).toEqual({
      roleAssessedAt: before.roleAssessedAt,
      influenceAssessedAt: before.influenceAssessedAt,
      stanceAssessedAt: before.stanceAssessedAt,
      accessAssessedAt: before.accessAssessedAt,
    });
    expect(staleFor(ann)).toEqual([]);

    const { entries } = callOk(dispatch, 'history.person', { personId: ann });
    const reviews = entries.filter((e) => e.kind === 'review');
    expect(reviews.map((e) => [e.field, e.oldValue, e.newValue, e.changeId])).toEqual([
      ['role', 'decision_maker', 'decision_maker', review.changeId],
      ['influence', '3', '3', review.changeId],
      ['stance', 'supportive', 'supportive', review.changeId],
      ['access', '0', '0', review.changeId],
    ]);
    expect(entries.filter((e) => e.kind === 'change').map((e) => e.field)).toEqual(['role', 'stance']);
  });

  it('moves nothing on the map: time travel and comparisons see no change in a review', () => {
    const { dispatch, ann, mapId } = staleAnn();
    callOk(dispatch, 'people.confirmAssessment', { personId: ann, learnedOn: dayAgo(3) });
    const today = dayAt(new Date());
    expect(callOk(dispatch, 'history.compare', { mapId, from: dayAgo(5), to: today }).movers).toEqual([]);
    const past = callOk(dispatch, 'history.mapAsOf', { mapId, date: dayAgo(1) });
    expect(past.people.find((p) => p.id === ann)).toMatchObject({ role: 'decision_maker', stance: 'supportive' });
  });

  it('is undone whole: its entries leave the history, the dates and the warning come back', () => {
    const { dispatch, db, ann, staleFor } = staleAnn();
    const untouched = snapshotTables(db);
    const review = callOk(dispatch, 'people.confirmAssessment', { personId: ann });
    expect(staleFor(ann)).toEqual([]);

    callOk(dispatch, 'people.undoConfirmAssessment', {
      personId: ann,
      changeId: review.changeId,
      before: review.before,
    });

    expect(snapshotTables(db)).toEqual(untouched);
    expect(staleFor(ann)).toHaveLength(1);
    // Redo is the same review again, under the same change id.
    const redo = callOk(dispatch, 'people.confirmAssessment', { personId: ann, changeId: review.changeId });
    expect(redo.changeId).toBe(review.changeId);
    expect(staleFor(ann)).toEqual([]);
    // A review taken back twice is not there to take back.
    callOk(dispatch, 'people.undoConfirmAssessment', { personId: ann, changeId: redo.changeId, before: redo.before });
    expect(
      callError(dispatch, 'people.undoConfirmAssessment', {
        personId: ann,
        changeId: redo.changeId,
        before: redo.before,
      }).code,
    ).toBe('not_found');
    expect(snapshotTables(db)).toEqual(untouched);
  });

  it('dated when it was learned, never makes a later judgement older', () => {
    const { dispatch, db, ann } = staleAnn();
    const changed = daysAgo(10);
    db.prepare('UPDATE people SET stance_assessed_at = ? WHERE id = ?').run(changed, ann);
    const review = callOk(dispatch, 'people.confirmAssessment', { personId: ann, learnedOn: dayAgo(30) });
    expect(review.person.stanceAssessedAt).toBe(changed);
    const learnedAt = Date.parse(review.person.roleAssessedAt ?? '');
    expect(Date.now() - learnedAt).toBeGreaterThan(29 * DAY);
    expect(Date.now() - learnedAt).toBeLessThan(31 * DAY);
    const { entries } = callOk(dispatch, 'history.person', { personId: ann });
    expect(entries.find((e) => e.kind === 'review')?.learnedAt).toBe(review.person.roleAssessedAt);
  });

  it('refuses a day not yet come or long gone, and a used change id, writing nothing', () => {
    const { dispatch, db, ann } = staleAnn();
    const untouched = snapshotTables(db);
    for (const learnedOn of [dayAt(new Date(Date.now() + DAY)), dayAgo(800)]) {
      const error = callError(dispatch, 'people.confirmAssessment', { personId: ann, learnedOn });
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.[0]).toMatchObject({ path: 'learnedOn', problem: 'date_out_of_range' });
    }
    const { changeId } = callOk(dispatch, 'people.confirmAssessment', { personId: ann });
    const afterOne = snapshotTables(db);
    expect(callError(dispatch, 'people.confirmAssessment', { personId: ann, changeId }).issues?.[0]?.problem).toBe(
      'change_id_used',
    );
    expect(snapshotTables(db)).toEqual(afterOne);
    expect(afterOne).not.toEqual(untouched);
  });
});
