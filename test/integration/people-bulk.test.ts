import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/backend/db/connection';
import { callError, callOk, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

interface HistoryRow {
  person_id: string;
  field: string;
  old_value: string | null;
  new_value: string;
  reason: string;
}

const history = (db: Db): HistoryRow[] =>
  db
    .prepare('SELECT person_id, field, old_value, new_value, reason FROM person_history ORDER BY seq')
    .all() as HistoryRow[];

describe('bulk edits of people', () => {
  it('changes many people at once, keeps a history row with the reason per changed assessment, and undoes', () => {
    const { backend } = startTempBackend();
    const db = backend.db;
    const { accountId, people } = seedAccount(backend.dispatch);
    callOk(backend.dispatch, 'people.update', { id: people.bob, patch: { stance: 'opposed' } });
    const ids = [people.ann, people.bob, people.cid];

    const { before } = callOk(backend.dispatch, 'people.updateMany', {
      ids,
      patch: { stance: 'supportive', layer: 'broad' },
      reason: 'Workshop in March',
    });

    expect(before).toEqual([
      { id: people.ann, patch: { stance: 'neutral', layer: 'key' } },
      { id: people.bob, patch: { stance: 'opposed', layer: 'key' } },
      { id: people.cid, patch: { stance: 'neutral', layer: 'key' } },
    ]);
    const list = callOk(backend.dispatch, 'people.list', { accountId });
    expect(list.map((p) => [p.name, p.stance, p.layer])).toEqual([
      ['Ann', 'supportive', 'broad'],
      ['Bob', 'supportive', 'broad'],
      ['Cid', 'supportive', 'broad'],
    ]);
    // layer is not an assessment: only the three stance changes are history.
    expect(history(db).slice(1)).toEqual([
      {
        person_id: people.ann,
        field: 'stance',
        old_value: 'neutral',
        new_value: 'supportive',
        reason: 'Workshop in March',
      },
      {
        person_id: people.bob,
        field: 'stance',
        old_value: 'opposed',
        new_value: 'supportive',
        reason: 'Workshop in March',
      },
      {
        person_id: people.cid,
        field: 'stance',
        old_value: 'neutral',
        new_value: 'supportive',
        reason: 'Workshop in March',
      },
    ]);
    expect(list.every((p) => p.stanceAssessedAt !== null)).toBe(true);

    callOk(backend.dispatch, 'people.updateEach', { items: before });
    const undone = callOk(backend.dispatch, 'people.list', { accountId });
    expect(undone.map((p) => [p.name, p.stance, p.layer])).toEqual([
      ['Ann', 'neutral', 'key'],
      ['Bob', 'opposed', 'key'],
      ['Cid', 'neutral', 'key'],
    ]);
    // Undo is a change too; without a reason its rows carry none.
    expect(
      history(db)
        .slice(4)
        .map((row) => [row.new_value, row.reason]),
    ).toEqual([
      ['neutral', ''],
      ['opposed', ''],
      ['neutral', ''],
    ]);
  });

  it('keeps the reason of a single edit, and no row when the value does not change', () => {
    const { backend } = startTempBackend();
    const db = backend.db;
    const { people } = seedAccount(backend.dispatch);
    callOk(backend.dispatch, 'people.update', {
      id: people.ann,
      patch: { access: 3, influence: 3, mobile: '+86 138 0000 0000', birthday: '1975-04-02' },
      reason: 'Dinner after the site visit',
    });
    expect(history(db)).toEqual([
      { person_id: people.ann, field: 'access', old_value: '0', new_value: '3', reason: 'Dinner after the site visit' },
    ]);
    expect(callOk(backend.dispatch, 'people.get', { id: people.ann })).toMatchObject({
      mobile: '+86 138 0000 0000',
      birthday: '1975-04-02',
    });
  });

  it('refuses a bulk edit that spans accounts or names an unknown person, and changes nothing', () => {
    const { backend } = startTempBackend();
    const db = backend.db;
    const first = seedAccount(backend.dispatch, 'Acme');
    const second = seedAccount(backend.dispatch, 'Globex');

    const snapshot = snapshotTables(db);
    const spanning = callError(backend.dispatch, 'people.updateMany', {
      ids: [first.people.ann, second.people.ann],
      patch: { stance: 'champion' },
    });
    expect(spanning.code).toBe('invalid_input');
    const unknown = callError(backend.dispatch, 'people.updateMany', {
      ids: [first.people.ann, crypto.randomUUID()],
      patch: { stance: 'champion' },
    });
    expect(unknown.code).toBe('not_found');
    expect(snapshotTables(db)).toEqual(snapshot);
    const foreignUnit = callOk(backend.dispatch, 'orgUnits.create', { accountId: second.accountId, name: 'Finance' });
    const snapshotWithUnit = snapshotTables(db);
    expect(
      callError(backend.dispatch, 'people.updateMany', {
        ids: [first.people.ann, first.people.bob],
        patch: { orgUnitId: foreignUnit.id },
      }).code,
    ).toBe('invalid_input');
    expect(callError(backend.dispatch, 'people.updateMany', { ids: [first.people.ann], patch: {} }).code).toBe(
      'invalid_input',
    );
    expect(
      callError(backend.dispatch, 'people.updateMany', { ids: [first.people.ann], patch: { name: 'Zed' } }).code,
    ).toBe('invalid_input');
    expect(snapshotTables(db)).toEqual(snapshotWithUnit);
  });

  it('adds and removes tags on many people, and gives each their own tags back', () => {
    const { backend } = startTempBackend();
    const { accountId, people } = seedAccount(backend.dispatch);
    callOk(backend.dispatch, 'people.setTags', { personId: people.ann, names: ['Board', 'summit'] });

    const { before } = callOk(backend.dispatch, 'people.changeTags', {
      ids: [people.ann, people.bob],
      add: ['IT steering', 'board'],
      remove: ['Summit'],
    });
    const context = callOk(backend.dispatch, 'people.tableContext', { accountId });
    const namesOf = (personId: string) =>
      context.personTags
        .filter((link) => link.personId === personId)
        .map((link) => context.tags.find((tag) => tag.id === link.tagId)?.name)
        .sort();
    expect(namesOf(people.ann)).toEqual(['Board', 'IT steering']);
    expect(namesOf(people.bob)).toEqual(['Board', 'IT steering']);
    expect(namesOf(people.cid)).toEqual([]);

    callOk(backend.dispatch, 'people.setTagsEach', { items: before });
    const after = callOk(backend.dispatch, 'people.tableContext', { accountId });
    expect(after.personTags.filter((link) => link.personId === people.bob)).toEqual([]);
    expect(
      after.personTags
        .filter((link) => link.personId === people.ann)
        .map((link) => after.tags.find((tag) => tag.id === link.tagId)?.name)
        .sort(),
    ).toEqual(['Board', 'summit']);
  });
});
