import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Db } from '../../electron/backend/db/connection';
import { describe, expect, it } from 'vitest';
import { callOk, seedAccount, startTempBackend } from '../helpers/tempDb';

const SECRET_NOTE = '他私下说要跳槽-7731';
const SECRET_BIRTHDAY = '1971-03-09';
const SECRET_INTERESTS = 'secret-hobby-orchids';
const SECRET_FAMILY = '女儿在伦敦读书-4410';
const SECRET_MEETING = 'private-dinner-summary-5521';
const SECRET_MEETING_NOTES = '私人晚宴谈到家事-9902';
const SECRET_PROMISE = 'promised-at-the-private-dinner-3318';
const SECRETS = [
  SECRET_NOTE,
  SECRET_BIRTHDAY,
  SECRET_INTERESTS,
  SECRET_FAMILY,
  SECRET_MEETING,
  SECRET_MEETING_NOTES,
  SECRET_PROMISE,
];

function seedSecrets() {
  const { backend } = startTempBackend();
  const seeded = seedAccount(backend.dispatch);
  callOk(backend.dispatch, 'people.update', { id: seeded.people.ann, patch: { privateNotes: SECRET_NOTE } });
  backend.db
    .prepare('UPDATE people SET birthday = ?, interests = ?, family_notes = ? WHERE id = ?')
    .run(SECRET_BIRTHDAY, SECRET_INTERESTS, SECRET_FAMILY, seeded.people.bob);
  const now = new Date().toISOString();
  const interaction = (summary: string, notes: string, isPrivate: number) => {
    const id = randomUUID();
    backend.db
      .prepare(
        `INSERT INTO interactions (id, account_id, occurred_at, scenario, summary, notes, is_private, created_at, updated_at)
         VALUES (?, ?, ?, 'private_special', ?, ?, ?, ?, ?)`,
      )
      .run(id, seeded.accountId, now, summary, notes, isPrivate, now, now);
    backend.db
      .prepare('INSERT INTO interaction_participants (interaction_id, person_id) VALUES (?, ?)')
      .run(id, seeded.people.ann);
    return id;
  };
  const secretMeeting = interaction(SECRET_MEETING, SECRET_MEETING_NOTES, 1);
  const openMeeting = interaction('Steering committee', 'Budget agreed', 0);
  backend.db
    .prepare(
      `INSERT INTO commitments (id, account_id, interaction_id, description, by_person_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(randomUUID(), seeded.accountId, secretMeeting, SECRET_PROMISE, seeded.people.ann, now, now);
  return { backend, seeded, secretMeeting, openMeeting };
}

const leaked = (data: unknown): string[] => {
  const json = JSON.stringify(data);
  return SECRETS.filter((secret) => json.includes(secret));
};

describe('private stays private', () => {
  it('an account export leaves out private notes, personal details and private interactions', () => {
    const { backend, seeded, secretMeeting, openMeeting } = seedSecrets();
    const data = callOk(backend.dispatch, 'exports.account', { accountId: seeded.accountId, includePrivate: false });
    expect(leaked(data)).toEqual([]);
    expect(data.includesPrivate).toBe(false);
    expect(data.interactions.map((row) => row.id)).toEqual([openMeeting]);
    // A commitment made in a private interaction is as private as the interaction.
    expect(data.commitments).toEqual([]);
    expect(data.people.map((p) => p.name).sort()).toEqual(['Ann', 'Bob', 'Cid']);
    expect(data.relations).toHaveLength(1);

    const full = callOk(backend.dispatch, 'exports.account', { accountId: seeded.accountId, includePrivate: true });
    expect(leaked(full).sort()).toEqual([...SECRETS].sort());
    expect(full.interactions.map((row) => row.id).sort()).toEqual([secretMeeting, openMeeting].sort());
  });

  it('the map view for pictures and presentation has no private fields and so no private marker', () => {
    const { backend, seeded } = seedSecrets();
    expect(leaked(callOk(backend.dispatch, 'maps.view', { mapId: seeded.mapId })).length).toBeGreaterThan(0);
    const shown = callOk(backend.dispatch, 'exports.mapView', { mapId: seeded.mapId, includePrivate: false });
    expect(leaked(shown)).toEqual([]);
    expect(shown.people.every((p) => p.privateNotes === '')).toBe(true);
    expect(shown.people.map((p) => p.name).sort()).toEqual(['Ann', 'Bob', 'Cid']);

    const past = callOk(backend.dispatch, 'exports.mapView', {
      mapId: seeded.mapId,
      includePrivate: false,
      date: new Date().toISOString().slice(0, 10),
      utcOffset: 840,
    });
    expect(leaked(past)).toEqual([]);
    const included = callOk(backend.dispatch, 'exports.mapView', { mapId: seeded.mapId, includePrivate: true });
    expect(included.people.find((p) => p.id === seeded.people.ann)?.privateNotes).toBe(SECRET_NOTE);
  });

  it('refuses an export call that does not say whether private things are wanted', () => {
    const { backend, seeded } = seedSecrets();
    const outcome = backend.dispatch('exports.account', { accountId: seeded.accountId });
    expect(outcome.ok).toBe(false);
  });
});

describe('deleting takes private text out of the search index', () => {
  /** Whether the index's own pages still hold a piece of `text` (FTS5 keeps 3-character pieces). */
  const inIndexPages = (db: Db, text: string): boolean => {
    const pages = (db.prepare('SELECT block FROM search_fts_data').pluck().all() as Buffer[])
      .map((block) => block.toString('latin1'))
      .join('|');
    return [text.slice(0, 3), text.slice(-3)].some((piece) => pages.includes(piece));
  };
  const inFile = (db: Db, file: string, text: string): boolean => {
    db.pragma('wal_checkpoint(TRUNCATE)');
    return fs.readFileSync(file).includes(Buffer.from(text));
  };

  it('deleting a person or an account leaves no trace of their private notes in the index or the file', () => {
    const temp = startTempBackend();
    const backend = temp.backend;
    const seeded = seedAccount(backend.dispatch);
    const note = 'zqxprivatewqj';
    const other = 'vkyaccountnotepwz';
    callOk(backend.dispatch, 'people.update', { id: seeded.people.cid, patch: { privateNotes: note } });
    callOk(backend.dispatch, 'accounts.update', { id: seeded.accountId, patch: { notes: other } });
    expect(callOk(backend.dispatch, 'search.query', { text: note }).map((hit) => hit.id)).toEqual([seeded.people.cid]);
    expect(callOk(backend.dispatch, 'search.query', { text: note }, 'public')).toEqual([]);
    expect(inIndexPages(backend.db, note)).toBe(true);

    // A deleted person keeps their row (undo brings them back) but leaves the index.
    callOk(backend.dispatch, 'people.delete', { ids: [seeded.people.cid] });
    expect(callOk(backend.dispatch, 'search.query', { text: note })).toEqual([]);
    expect(inIndexPages(backend.db, note)).toBe(false);

    callOk(backend.dispatch, 'accounts.delete', { id: seeded.accountId });
    expect(inIndexPages(backend.db, other)).toBe(false);
    expect(backend.db.prepare('SELECT count(*) AS n FROM search_docs').get()).toEqual({ n: 0 });
    expect(inFile(backend.db, temp.file, note)).toBe(false);
    expect(inFile(backend.db, temp.file, other)).toBe(false);
  });
});
