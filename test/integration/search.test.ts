import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/backend/db/connection';
import { callOk, seedAccount, startTempBackend } from '../helpers/tempDb';
import { undoMigrationsFrom10 } from '../helpers/undoMigrations';

/** Interactions have no methods on this branch yet; the test writes the row as their service would. */
function addInteraction(db: Db, accountId: string, summary: string, notes: string, isPrivate = false): string {
  const id = randomUUID();
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO interactions (id, account_id, occurred_at, scenario, summary, notes, is_private, created_at, updated_at)
     VALUES (?, ?, ?, 'work_daily', ?, ?, ?, ?, ?)`,
  ).run(id, accountId, now, summary, notes, Number(isPrivate), now, now);
  return id;
}

describe('search', () => {
  it('finds Chinese notes by two-character words and longer phrases, and English case-insensitively', () => {
    const { backend } = startTempBackend();
    const seeded = seedAccount(backend.dispatch, '华东电力');
    const talk = addInteraction(backend.db, seeded.accountId, '周例会', '今天和王总讨论了采购流程，下周再约');
    const english = addInteraction(backend.db, seeded.accountId, 'Budget call', 'Discussed the Procurement timeline');
    const ending = addInteraction(backend.db, seeded.accountId, '电话', '最后提到了王总');

    const ids = (text: string) => callOk(backend.dispatch, 'search.query', { text }).map((hit) => hit.id);
    expect(ids('王总').sort()).toEqual([talk, ending].sort());
    expect(ids('采购')).toEqual([talk]);
    expect(ids('采购流程')).toEqual([talk]);
    expect(ids('procurement')).toEqual([english]);
    expect(ids('BUDGET proc')).toEqual([english]);
    expect(ids('没有的词')).toEqual([]);

    const [hit] = callOk(backend.dispatch, 'search.query', { text: '采购' });
    expect(hit).toMatchObject({ kind: 'interaction', accountId: seeded.accountId, accountName: '华东电力' });
    const [start, end] = hit!.highlights[0]!;
    expect(hit!.snippet.slice(start, end)).toBe('采购');
  });

  it('ranks a person whose name is typed in full above notes that mention the name', () => {
    const { backend } = startTempBackend();
    const seeded = seedAccount(backend.dispatch);
    const wang = callOk(backend.dispatch, 'people.create', { accountId: seeded.accountId, name: '王伟', title: 'CIO' });
    addInteraction(backend.db, seeded.accountId, '王伟来访', '王伟说王伟的团队王伟很忙');
    callOk(backend.dispatch, 'notes.create', {
      accountId: seeded.accountId,
      mapId: seeded.mapId,
      kind: 'sticky',
      text: '找王伟确认预算',
      position: { x: 0, y: 0 },
    });
    const hits = callOk(backend.dispatch, 'search.query', { text: '王伟' });
    expect(hits.map((hit) => hit.kind)).toEqual(['person', 'interaction', 'note']);
    expect(hits[0]).toMatchObject({ id: wang.id, personId: wang.id, title: '王伟' });
  });

  it('follows edits and deletions, and a single character looks at names only', () => {
    const { backend } = startTempBackend();
    const seeded = seedAccount(backend.dispatch);
    const find = (text: string) => callOk(backend.dispatch, 'search.query', { text }).map((hit) => hit.id);
    callOk(backend.dispatch, 'people.update', { id: seeded.people.ann, patch: { privateNotes: '喜欢打高尔夫' } });
    expect(find('高尔夫')).toEqual([seeded.people.ann]);
    callOk(backend.dispatch, 'people.update', { id: seeded.people.ann, patch: { privateNotes: '' } });
    expect(find('高尔夫')).toEqual([]);

    callOk(backend.dispatch, 'accounts.update', { id: seeded.accountId, patch: { notes: '年度框架协议' } });
    expect(find('框架')).toEqual([seeded.accountId]);

    expect(find('B')).toEqual([seeded.people.bob]);
    callOk(backend.dispatch, 'people.delete', { ids: [seeded.people.bob] });
    expect(find('Bob')).toEqual([]);
    callOk(backend.dispatch, 'people.restore', { ids: [seeded.people.bob] });
    expect(find('Bob')).toEqual([seeded.people.bob]);

    callOk(backend.dispatch, 'accounts.delete', { id: seeded.accountId });
    expect(find('Ann')).toEqual([]);
    expect(backend.db.prepare('SELECT count(*) AS n FROM search_docs').get()).toEqual({ n: 0 });
  });

  it('treats FTS syntax in the query as plain text', () => {
    const { backend } = startTempBackend();
    const seeded = seedAccount(backend.dispatch);
    const odd = addInteraction(backend.db, seeded.accountId, 'x', 'he said "NEAR(a b)" OR -c* here');
    for (const text of ['"NEAR', 'OR -c*', '(a b)"', '*', '"']) {
      expect(() => callOk(backend.dispatch, 'search.query', { text })).not.toThrow();
    }
    expect(callOk(backend.dispatch, 'search.query', { text: 'OR -c*' }).map((hit) => hit.id)).toEqual([odd]);
  });

  /** Migration 4 (change ids in the history) taken back, so that it can run again after 3. */
  const UNDO_MIGRATION_4 = `DROP INDEX person_history_change; DROP TRIGGER person_history_append_only;
    ALTER TABLE person_history DROP COLUMN change_id;
    CREATE TRIGGER person_history_append_only BEFORE UPDATE ON person_history
    BEGIN SELECT RAISE(ABORT, 'person_history is append-only'); END;`;

  const UNDO_MIGRATION_8 = `DROP INDEX person_history_learned; DROP TRIGGER person_history_append_only;
    ALTER TABLE person_history DROP COLUMN learned_at; ALTER TABLE person_history DROP COLUMN kind;
    CREATE TRIGGER person_history_append_only BEFORE UPDATE ON person_history
    BEGIN SELECT RAISE(ABORT, 'person_history is append-only'); END;`;

  /** Migration 9 (indexes and contact totals) taken back. */
  const UNDO_MIGRATION_9 = `${['participant_insert', 'participant_delete', 'participant_update', 'interaction_update']
    .map((name) => `DROP TRIGGER contact_totals_${name};`)
    .join(' ')} DROP TABLE contact_totals;
    ${[
      'commitments_interaction',
      'commitments_by_person',
      'commitments_to_person',
      'commitments_account_due',
      'map_items_z',
      'people_account_name',
      'interactions_timeline',
      'interaction_participants_member',
    ]
      .map((name) => `DROP INDEX ${name};`)
      .join(' ')}`;

  it('indexes what a file held before the index existed', () => {
    const temp = startTempBackend();
    const seeded = seedAccount(temp.backend.dispatch);
    addInteraction(temp.backend.db, seeded.accountId, '拜访', '讨论招标');
    // Drop the index to its state before migration 3 ran (and undo the later ones), then open the file again.
    undoMigrationsFrom10(temp.backend.db);
    temp.backend.db
      .exec(`${UNDO_MIGRATION_9} ${UNDO_MIGRATION_8} ${UNDO_MIGRATION_4} DROP TRIGGER search_interaction_privacy; DROP TABLE search_paused;
      DROP TABLE search_fts; DROP TABLE search_docs;
      ${['person', 'account', 'interaction', 'commitment', 'action', 'note']
        .flatMap((kind) => ['insert', 'update', 'delete'].map((op) => `DROP TRIGGER search_${kind}_${op};`))
        .join('\n')}
      PRAGMA user_version = 2;`);
    const reopened = temp.reopen();
    expect(callOk(reopened.dispatch, 'search.query', { text: '招标' })).toHaveLength(1);
    expect(callOk(reopened.dispatch, 'search.query', { text: 'Ann' })[0]?.id).toBe(seeded.people.ann);
  });
});
