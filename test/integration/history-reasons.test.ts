import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/backend/db/connection';
import { callError, callOk, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

const reasonsOf = (db: Db, changeId: string) =>
  db
    .prepare('SELECT person_id AS personId, field, reason FROM person_history WHERE change_id = ? ORDER BY seq')
    .all(changeId);

function setUp() {
  const temp = startTempBackend();
  const seeded = seedAccount(temp.backend.dispatch);
  return { ...temp, ...seeded, dispatch: temp.backend.dispatch, db: temp.backend.db };
}

describe('history.setReason: a reason given after the change', () => {
  it('lands on every entry of that one edit, and the History tab reads it', () => {
    const { dispatch, people } = setUp();
    callOk(dispatch, 'people.update', { id: people.ann, patch: { access: 2 } });
    const changeId = randomUUID();
    callOk(dispatch, 'people.update', { id: people.ann, patch: { stance: 'supportive', influence: 4 }, changeId });
    callOk(dispatch, 'people.update', { id: people.ann, patch: { progress: 'know' } });

    expect(callOk(dispatch, 'history.setReason', { changeId, reason: '  Met at the summit ' })).toEqual({
      previous: '',
      entries: 2,
    });

    const { entries } = callOk(dispatch, 'history.person', { personId: people.ann });
    expect(entries.map((e) => [e.field, e.reason, e.changeId])).toEqual([
      ['access', '', null],
      ['influence', 'Met at the summit', changeId],
      ['stance', 'Met at the summit', changeId],
      ['progress', '', null],
    ]);
  });

  it('gives every person of a bulk edit the reason', () => {
    const { dispatch, db, people } = setUp();
    const changeId = randomUUID();
    callOk(dispatch, 'people.updateMany', {
      ids: [people.ann, people.bob, people.cid],
      patch: { stance: 'opposed' },
      changeId,
    });
    callOk(dispatch, 'history.setReason', { changeId, reason: '选型会上反对我们的方案' });
    expect(reasonsOf(db, changeId)).toEqual(
      [people.ann, people.bob, people.cid].map((personId) => ({
        personId,
        field: 'stance',
        reason: '选型会上反对我们的方案',
      })),
    );
  });

  it('works for a deal’s own assessment, which is history tagged with the deal', () => {
    const { dispatch, accountId, people } = setUp();
    const { opportunity } = callOk(dispatch, 'opportunities.create', { accountId, name: 'ERP 2027' });
    const changeId = randomUUID();
    callOk(dispatch, 'opportunities.assess', {
      opportunityId: opportunity.id,
      personId: people.bob,
      patch: { stance: 'champion' },
      changeId,
    });
    callOk(dispatch, 'history.setReason', { changeId, reason: 'Sponsors the ERP pilot' });
    const { entries } = callOk(dispatch, 'history.person', { personId: people.bob });
    expect(entries.map((e) => [e.field, e.newValue, e.reason, e.opportunityName])).toEqual([
      ['stance', 'champion', 'Sponsors the ERP pilot', 'ERP 2027'],
    ]);
  });

  it('takes the reason back with null and says what it was (how undo works)', () => {
    const { dispatch, db, people } = setUp();
    const changeId = randomUUID();
    callOk(dispatch, 'people.update', { id: people.ann, patch: { stance: 'skeptical' }, reason: 'first', changeId });
    expect(callOk(dispatch, 'history.setReason', { changeId, reason: 'second' }).previous).toBe('first');
    expect(callOk(dispatch, 'history.setReason', { changeId, reason: null })).toEqual({
      previous: 'second',
      entries: 1,
    });
    expect(reasonsOf(db, changeId)).toEqual([{ personId: people.ann, field: 'stance', reason: '' }]);
  });

  it('shows the reason beside the move in the map’s compare', () => {
    const { dispatch, db, mapId, people } = setUp();
    db.prepare(`UPDATE people SET created_at = '2020-01-01T00:00:00.000Z'`).run();
    const changeId = randomUUID();
    callOk(dispatch, 'people.update', { id: people.cid, patch: { influence: 5 }, changeId });
    callOk(dispatch, 'history.setReason', { changeId, reason: 'Now runs the steering committee' });
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const { movers } = callOk(dispatch, 'history.compare', { mapId, from: day(-1), to: day(1), utcOffset: 0 });
    expect(movers).toEqual([
      expect.objectContaining({
        personId: people.cid,
        moves: [expect.objectContaining({ field: 'influence', to: '5', reasons: ['Now runs the steering committee'] })],
      }),
    ]);
  });
});

describe('history.setReason refuses, and changes nothing', () => {
  it('an unknown change, and an edit that changed no assessment', () => {
    const { dispatch, db, people } = setUp();
    callOk(dispatch, 'people.update', { id: people.ann, patch: { stance: 'supportive' }, changeId: randomUUID() });
    const nameOnly = randomUUID();
    callOk(dispatch, 'people.update', { id: people.ann, patch: { title: 'CFO' }, changeId: nameOnly });
    const before = snapshotTables(db);
    expect(callError(dispatch, 'history.setReason', { changeId: randomUUID(), reason: 'x' }).code).toBe('not_found');
    expect(callError(dispatch, 'history.setReason', { changeId: nameOnly, reason: 'x' }).code).toBe('not_found');
    expect(snapshotTables(db)).toEqual(before);
  });

  it('touches only the change named, never another edit of the same or another person', () => {
    const { dispatch, db, people } = setUp();
    const annFirst = randomUUID();
    const annSecond = randomUUID();
    const bobs = randomUUID();
    callOk(dispatch, 'people.update', { id: people.ann, patch: { stance: 'supportive' }, changeId: annFirst });
    callOk(dispatch, 'people.update', { id: people.ann, patch: { stance: 'champion' }, changeId: annSecond });
    callOk(dispatch, 'people.update', { id: people.bob, patch: { stance: 'opposed' }, changeId: bobs });
    callOk(dispatch, 'history.setReason', { changeId: annSecond, reason: 'Signed the LOI' });
    expect(reasonsOf(db, annFirst)).toEqual([{ personId: people.ann, field: 'stance', reason: '' }]);
    expect(reasonsOf(db, annSecond)).toEqual([{ personId: people.ann, field: 'stance', reason: 'Signed the LOI' }]);
    expect(reasonsOf(db, bobs)).toEqual([{ personId: people.bob, field: 'stance', reason: '' }]);
  });

  it('a change id an earlier edit used: the second edit is refused whole', () => {
    const { dispatch, db, people } = setUp();
    const changeId = randomUUID();
    callOk(dispatch, 'people.update', { id: people.ann, patch: { stance: 'supportive' }, changeId });
    const before = snapshotTables(db);
    const reused = callError(dispatch, 'people.update', { id: people.bob, patch: { stance: 'opposed' }, changeId });
    expect(reused).toMatchObject({ code: 'invalid_input', issues: [{ path: 'changeId' }] });
    expect(
      callError(dispatch, 'people.updateMany', { ids: [people.bob, people.cid], patch: { influence: 1 }, changeId })
        .code,
    ).toBe('invalid_input');
    expect(snapshotTables(db)).toEqual(before);
  });

  it('an empty, blank or too long reason, and malformed input', () => {
    const { dispatch, db, people } = setUp();
    const changeId = randomUUID();
    callOk(dispatch, 'people.update', { id: people.ann, patch: { stance: 'supportive' }, changeId });
    const before = snapshotTables(db);
    for (const input of [
      { changeId, reason: '' },
      { changeId, reason: '   ' },
      { changeId, reason: 'x'.repeat(501) },
      { changeId: 'not-a-uuid', reason: 'x' },
      { changeId, reason: 'x', personId: people.ann },
      { changeId },
    ]) {
      expect(callError(dispatch, 'history.setReason', input).code, JSON.stringify(input)).toBe('invalid_input');
    }
    expect(snapshotTables(db)).toEqual(before);
  });
});

describe('the history stays append-only for what changed', () => {
  it('lets only the reason be written afterwards', () => {
    const { dispatch, db, people } = setUp();
    callOk(dispatch, 'people.update', { id: people.ann, patch: { stance: 'supportive' }, changeId: randomUUID() });
    for (const column of ['new_value', 'old_value', 'field', 'changed_at', 'change_id', 'person_id']) {
      const value = column === 'field' ? 'influence' : column === 'person_id' ? people.bob : 'x';
      expect(() => db.prepare(`UPDATE person_history SET ${column} = ?`).run(value), column).toThrow(/append-only/);
    }
    expect(() => db.prepare(`UPDATE person_history SET reason = 'why'`).run()).not.toThrow();
  });
});
