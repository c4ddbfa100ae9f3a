/**
 * The people records kept between reads (electron/backend/services/keptPeople.ts) must always be
 * what the file says now: after any run of edits (through the dispatcher, by raw SQL on the same
 * connection, by another connection on the file, a write rolled back), people.list and the map's
 * people equal a fresh read, in the owner's scope and in the public one (private fields blank).
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../shared/api/entities';
import type { Db } from '../../electron/backend/db/connection';
import { PERSON_COLUMNS, toPerson, type PersonRow } from '../../electron/backend/services/people';
import { callOk, seedAccount, startTempBackend } from '../helpers/tempDb';

const STANCES = ['opposed', 'skeptical', 'neutral', 'supportive', 'champion'] as const;

type Edit =
  | { kind: 'update'; person: number; stance: (typeof STANCES)[number]; notes: string }
  | { kind: 'create'; name: string; placed: boolean }
  | { kind: 'delete'; person: number }
  | { kind: 'restore' }
  | { kind: 'raw'; person: number; title: string }
  | { kind: 'other'; person: number; title: string }
  | { kind: 'rollback'; person: number; title: string }
  | { kind: 'line'; from: number; to: number };

/** A name people.create takes (one of blanks only is refused), and a title. */
const name = fc.string({ maxLength: 6 }).map((text) => `P${text}`);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('update' as const),
    person: fc.nat(40),
    stance: fc.constantFrom(...STANCES),
    notes: fc.string({ maxLength: 6 }),
  }),
  fc.record({ kind: fc.constant('create' as const), name, placed: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), person: fc.nat(40) }),
  fc.record({ kind: fc.constant('restore' as const) }),
  fc.record({ kind: fc.constant('raw' as const), person: fc.nat(40), title: name }),
  fc.record({ kind: fc.constant('other' as const), person: fc.nat(40), title: name }),
  fc.record({ kind: fc.constant('rollback' as const), person: fc.nat(40), title: name }),
  fc.record({ kind: fc.constant('line' as const), from: fc.nat(40), to: fc.nat(40) }),
);

/** The account's living people read afresh on `db`, in people.list's order. */
const freshList = (db: Db, accountId: string): Person[] =>
  (
    db
      .prepare(
        `SELECT ${PERSON_COLUMNS} FROM people p WHERE p.account_id = ? AND p.deleted_at IS NULL
         ORDER BY p.name COLLATE NOCASE, p.created_at`,
      )
      .all(accountId) as PersonRow[]
  ).map(toPerson);

/** The map's living people read afresh on `db`, in drawing order. */
const freshOnMap = (db: Db, mapId: string): Person[] =>
  (
    db
      .prepare(
        `SELECT ${PERSON_COLUMNS} FROM map_items i JOIN people p ON p.id = i.person_id
         WHERE i.map_id = ? AND p.deleted_at IS NULL ORDER BY i.z, i.rowid`,
      )
      .all(mapId) as PersonRow[]
  ).map(toPerson);

/** The map's items but those of deleted people, in drawing order. */
const freshItemIds = (db: Db, mapId: string): string[] =>
  db
    .prepare(
      `SELECT i.id FROM map_items i WHERE i.map_id = ? AND (i.person_id IS NULL
         OR EXISTS (SELECT 1 FROM people p WHERE p.id = i.person_id AND p.deleted_at IS NULL)) ORDER BY i.z, i.rowid`,
    )
    .pluck()
    .all(mapId) as string[];

/** The account's lines between living people who are both on its one map. */
const freshLineIds = (db: Db, accountId: string): string[] =>
  db
    .prepare(
      `SELECT r.id FROM relations r JOIN people fp ON fp.id = r.from_person_id JOIN people tp ON tp.id = r.to_person_id
       WHERE r.account_id = ? AND fp.deleted_at IS NULL AND tp.deleted_at IS NULL
         AND EXISTS (SELECT 1 FROM map_items i WHERE i.person_id = fp.id)
         AND EXISTS (SELECT 1 FROM map_items i WHERE i.person_id = tp.id)
       ORDER BY r.rowid`,
    )
    .pluck()
    .all(accountId) as string[];

describe('the kept people records', () => {
  it('equal a fresh read after any run of edits, in both scopes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (runs) => {
        const temp = startTempBackend();
        const d = temp.backend.dispatch;
        const { db, publicDb } = temp.backend;
        const seed = seedAccount(d);
        const ids: string[] = Object.values(seed.people);
        const deleted: string[] = [];
        const other = new Database(temp.file);
        try {
          const pick = (n: number) => ids[n % ids.length]!;
          const check = () => {
            for (const [scope, conn] of [
              ['owner', db],
              ['public', publicDb],
            ] as const) {
              expect(callOk(d, 'people.list', { accountId: seed.accountId }, scope)).toEqual(
                freshList(conn, seed.accountId),
              );
              const view = callOk(d, 'maps.view', { mapId: seed.mapId }, scope);
              expect(view.people).toEqual(freshOnMap(conn, seed.mapId));
              expect(view.items.map((item) => item.id)).toEqual(freshItemIds(conn, seed.mapId));
              expect(view.relations.map((line) => line.id)).toEqual(freshLineIds(conn, seed.accountId));
            }
          };
          check();
          for (const run of runs) {
            for (const step of run) {
              if (step.kind === 'update') {
                const id = pick(step.person);
                if (deleted.includes(id)) continue;
                callOk(d, 'people.update', { id, patch: { stance: step.stance, privateNotes: step.notes } });
              } else if (step.kind === 'create') {
                const created = callOk(d, 'people.create', {
                  accountId: seed.accountId,
                  name: step.name,
                  ...(step.placed && {
                    placeOn: { mapId: seed.mapId, position: { x: ids.length * 10, y: 0 } },
                  }),
                });
                ids.push(created.id);
              } else if (step.kind === 'delete') {
                const id = pick(step.person);
                if (deleted.includes(id)) continue;
                callOk(d, 'people.delete', { ids: [id] });
                deleted.push(id);
              } else if (step.kind === 'restore') {
                const id = deleted.pop();
                if (id) callOk(d, 'people.restore', { ids: [id] });
              } else if (step.kind === 'raw') {
                db.prepare('UPDATE people SET title = ? WHERE id = ?').run(step.title, pick(step.person));
              } else if (step.kind === 'other') {
                other
                  .prepare('UPDATE people SET title = ?, family_notes = ? WHERE id = ?')
                  .run(step.title, step.title, pick(step.person));
              } else if (step.kind === 'line') {
                const [from, to] = [pick(step.from), pick(step.to)];
                if (from === to || deleted.includes(from) || deleted.includes(to)) continue;
                d('relations.create', {
                  accountId: seed.accountId,
                  kind: 'influences',
                  fromPersonId: from,
                  toPersonId: to,
                });
              } else {
                // A write whose transaction reads the people, then fails: nothing it saw may stay.
                const id = pick(step.person);
                expect(() =>
                  db.transaction(() => {
                    db.prepare('UPDATE people SET title = ? WHERE id = ?').run(step.title, id);
                    callOk(d, 'people.list', { accountId: seed.accountId });
                    callOk(d, 'maps.view', { mapId: seed.mapId });
                    throw new Error('undone');
                  })(),
                ).toThrow('undone');
              }
            }
            check();
          }
        } finally {
          other.close();
          temp.backend.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});
