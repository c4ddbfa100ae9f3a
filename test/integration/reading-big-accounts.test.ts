/**
 * The reads that keep a big account's screens fast: the timeline's pages (keyset on when, then
 * id) and the contact totals the schema's triggers keep per person, which must always equal what
 * the contacts themselves say, in the owner's scope and in the public one (private contacts left
 * out), across every kind of write and its undo.
 */
import { describe, expect, it } from 'vitest';
import { restorePatch } from '../../shared/api/methods/interactions';
import type { Dispatch } from '../../electron/backend/dispatch';
import type { Db } from '../../electron/backend/db/connection';
import { callOk, seedAccount, startTempBackend } from '../helpers/tempDb';
import { undoMigrationsFrom10 } from '../helpers/undoMigrations';

function setUp() {
  const temp = startTempBackend();
  const d = temp.backend.dispatch;
  const seed = seedAccount(d);
  return { temp, d, seed, db: temp.backend.db };
}

function log(d: Dispatch, accountId: string, occurredAt: string, personIds: string[], extra = {}) {
  return callOk(d, 'interactions.create', { accountId, occurredAt, personIds, ...extra });
}

/** Each person's totals straight from the contacts (private ones only for the owner). */
function truth(db: Db, publicOnly: boolean) {
  return db
    .prepare(
      `SELECT p.id AS personId, MAX(i.occurred_at) AS lastContactAt, COALESCE(SUM(i.bank_effect), 0) AS bankBalance,
         COUNT(i.id) AS interactionCount
       FROM people p
       LEFT JOIN interaction_participants ip ON ip.person_id = p.id
       LEFT JOIN interactions i ON i.id = ip.interaction_id ${publicOnly ? 'AND i.is_private = 0' : ''}
       WHERE p.deleted_at IS NULL AND p.is_placeholder = 0 GROUP BY p.id ORDER BY p.id`,
    )
    .all();
}

function totalsIn(d: Dispatch, accountId: string, scope: 'owner' | 'public') {
  return callOk(d, 'interactions.contactStatus', { accountId, timeZone: 'Asia/Shanghai' }, scope)
    .people.map(({ personId, lastContactAt, bankBalance, interactionCount }) => ({
      personId,
      lastContactAt,
      bankBalance,
      interactionCount,
    }))
    .sort((a, b) => (a.personId < b.personId ? -1 : 1));
}

function expectTotalsTrue(d: Dispatch, db: Db, accountId: string) {
  expect(totalsIn(d, accountId, 'owner')).toEqual(truth(db, false));
  expect(totalsIn(d, accountId, 'public')).toEqual(truth(db, true));
}

describe('the timeline in pages', () => {
  it('pages newest first by when, then id, with no contact twice or left out, and counts what the filters keep', () => {
    const { d, seed } = setUp();
    const { ann, bob } = seed.people;
    const made: { id: string; occurredAt: string }[] = [];
    for (let i = 0; i < 23; i++) {
      // Three contacts on each instant, so pages must break ties by id.
      const at = new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 3), 9)).toISOString();
      const who = i % 2 === 0 ? [ann] : [bob];
      made.push(log(d, seed.accountId, at, who, { scenario: i % 5 === 0 ? 'private_daily' : 'work_daily' }));
    }
    const expected = [...made]
      .sort((a, b) => (a.occurredAt === b.occurredAt ? (a.id < b.id ? 1 : -1) : a.occurredAt < b.occurredAt ? 1 : -1))
      .map((i) => i.id);

    const seen: string[] = [];
    let after: { occurredAt: string; id: string } | undefined;
    let pages = 0;
    do {
      const page = callOk(d, 'interactions.page', { accountId: seed.accountId, limit: 5, ...(after ? { after } : {}) });
      expect(page.total).toBe(23);
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((i) => i.id));
      after = page.next ?? undefined;
      pages++;
    } while (after);
    expect(pages).toBe(5);
    expect(seen).toEqual(expected);

    const first = callOk(d, 'interactions.page', { accountId: seed.accountId });
    expect(first.items).toHaveLength(23);
    expect(first.next).toBeNull();
    expect(first.items[0]).toEqual(
      callOk(d, 'interactions.list', { accountId: seed.accountId }).find((i) => i.id === expected[0]),
    );

    const annOnly = callOk(d, 'interactions.page', { accountId: seed.accountId, personId: ann, limit: 4 });
    expect(annOnly.total).toBe(12);
    expect(annOnly.items.every((i) => i.personIds.includes(ann))).toBe(true);
    const privateOnes = callOk(d, 'interactions.page', { accountId: seed.accountId, scenario: 'private_daily' });
    expect(privateOnes.items.map((i) => i.id)).toEqual(
      expected.filter((id) => made.findIndex((m) => m.id === id) % 5 === 0),
    );
  });

  it('leaves private contacts out of every page and of the count in the public scope', () => {
    const { d, seed } = setUp();
    const { ann } = seed.people;
    log(d, seed.accountId, '2025-02-01T09:00:00Z', [ann], { summary: 'open' });
    log(d, seed.accountId, '2025-02-02T09:00:00Z', [ann], { summary: 'secret', isPrivate: true });
    const owner = callOk(d, 'interactions.page', { accountId: seed.accountId });
    const shown = callOk(d, 'interactions.page', { accountId: seed.accountId }, 'public');
    expect([owner.total, owner.items.map((i) => i.summary)]).toEqual([2, ['secret', 'open']]);
    expect([shown.total, shown.items.map((i) => i.summary)]).toEqual([1, ['open']]);
  });

  it('refuses a page bigger than 500 or a cursor that is not one', () => {
    const { d, seed } = setUp();
    expect(d('interactions.page', { accountId: seed.accountId, limit: 501 }, 'owner').ok).toBe(false);
    expect(d('interactions.page', { accountId: seed.accountId, limit: 0 }, 'owner').ok).toBe(false);
    expect(
      d('interactions.page', { accountId: seed.accountId, after: { occurredAt: 'yesterday', id: 'x' } }, 'owner').ok,
    ).toBe(false);
  });
});

describe('contact totals', () => {
  it('stay what the contacts say across creating, editing, making private, deleting and undoing', () => {
    const { d, seed, db } = setUp();
    const { ann, bob, cid } = seed.people;
    const check = () => expectTotalsTrue(d, db, seed.accountId);
    check();
    const first = log(d, seed.accountId, '2025-03-01T09:00:00Z', [ann, bob], { bankEffect: 2 });
    const second = log(d, seed.accountId, '2025-03-05T09:00:00Z', [ann], { bankEffect: -1, isPrivate: true });
    log(d, seed.accountId, '2025-02-01T09:00:00Z', [cid], { bankEffect: 1 });
    check();
    // Moved later, its effect changed, then made public: each changes who was seen last and the sums.
    callOk(d, 'interactions.update', { id: first.id, patch: { occurredAt: '2025-03-09T09:00:00Z', bankEffect: 1 } });
    check();
    callOk(d, 'interactions.update', { id: second.id, patch: { isPrivate: false } });
    check();
    callOk(d, 'interactions.update', { id: second.id, patch: { isPrivate: true } });
    check();
    // Who took part changes: Bob off, Cid on.
    const before = callOk(d, 'interactions.update', { id: first.id, patch: { personIds: [ann, cid] } });
    check();
    callOk(d, 'interactions.update', { id: first.id, patch: restorePatch({ ...before, personIds: [ann, bob] }) });
    check();
    const removed = callOk(d, 'interactions.delete', { id: second.id });
    check();
    callOk(d, 'interactions.restore', { interaction: removed });
    check();
    expect(totalsIn(d, seed.accountId, 'owner').find((t) => t.personId === ann)).toEqual({
      personId: ann,
      lastContactAt: '2025-03-09T09:00:00.000Z',
      bankBalance: 0,
      interactionCount: 2,
    });
    expect(totalsIn(d, seed.accountId, 'public').find((t) => t.personId === ann)).toEqual({
      personId: ann,
      lastContactAt: '2025-03-09T09:00:00.000Z',
      bankBalance: 1,
      interactionCount: 1,
    });
  });

  it('count a contact dated outside the calendar’s span but never take it as the last contact', () => {
    const { d, seed, db } = setUp();
    const { ann } = seed.people;
    log(d, seed.accountId, '2025-03-01T09:00:00Z', [ann]);
    // An older version let year 9999 through; it is in the file, not enterable now.
    const odd = log(d, seed.accountId, '2025-03-02T09:00:00Z', [ann]);
    db.prepare(`UPDATE interactions SET occurred_at = '9999-01-01T00:00:00.000Z' WHERE id = ?`).run(odd.id);
    const ann1 = totalsIn(d, seed.accountId, 'owner').find((t) => t.personId === ann);
    expect(ann1).toMatchObject({ lastContactAt: '2025-03-01T09:00:00.000Z', interactionCount: 2 });
  });

  it('are built for the contacts a file held before they existed, and go with a deleted account', () => {
    const { temp, d, seed } = setUp();
    const { ann, bob } = seed.people;
    log(d, seed.accountId, '2025-03-01T09:00:00Z', [ann, bob], { bankEffect: 2 });
    log(d, seed.accountId, '2025-03-02T09:00:00Z', [ann], { bankEffect: -2, isPrivate: true });
    const db = temp.backend.db;
    const kept = db.prepare('SELECT * FROM contact_totals ORDER BY person_id, is_private').all();
    expect(kept).toHaveLength(3);
    // Back to the file as it was before migration 9, then opened again: the migration fills the
    // totals from the contacts.
    undoMigrationsFrom10(db);
    db.exec(`DROP TABLE contact_totals; PRAGMA user_version = 8;
      DROP TRIGGER contact_totals_participant_insert; DROP TRIGGER contact_totals_participant_delete;
      DROP TRIGGER contact_totals_participant_update; DROP TRIGGER contact_totals_interaction_update;
      DROP INDEX commitments_interaction; DROP INDEX commitments_by_person; DROP INDEX commitments_to_person;
      DROP INDEX commitments_account_due; DROP INDEX map_items_z; DROP INDEX people_account_name; DROP INDEX interactions_timeline; DROP INDEX interaction_participants_member;`);
    const reopened = temp.reopen();
    expect(reopened.db.prepare('SELECT * FROM contact_totals ORDER BY person_id, is_private').all()).toEqual(kept);
    expectTotalsTrue(reopened.dispatch, reopened.db, seed.accountId);
    callOk(reopened.dispatch, 'accounts.delete', { id: seed.accountId });
    expect(reopened.db.prepare('SELECT COUNT(*) FROM contact_totals').pluck().get()).toBe(0);
  });
});
