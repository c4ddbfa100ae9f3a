import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/** A member's name as IT types it after --add-member: what the app shows and shares by. */
export const MEMBER_NAME = /^[^\p{Cc}]{1,60}$/u;

/** After this many stored updates a document is merged back into one, so a load stays quick. */
const COMPACT_AFTER = 500;

const hashOf = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/**
 * The team server's one file (`DIR/team.sqlite`): its members (a token's hash, never the token),
 * who may open each shared account, and every account's document as the Yjs updates it received,
 * each stored as it arrives (synchronous=FULL), so a restart or a crash loses nothing.
 */
export class TeamStore {
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'team.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // The server and a --add-member run from another shell may write at once.
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS members (
        name TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        added_at TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;
      CREATE TABLE IF NOT EXISTS account_members (
        account_id TEXT NOT NULL,
        member TEXT NOT NULL REFERENCES members(name),
        PRIMARY KEY (account_id, member)
      ) STRICT;
      CREATE TABLE IF NOT EXISTS document_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        document TEXT NOT NULL,
        data BLOB NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS document_updates_by_document ON document_updates(document, seq);
    `);
  }

  /** Adds a member (or gives a removed one a fresh start) and returns their invite token, shown once. */
  addMember(name: string): string {
    if (!MEMBER_NAME.test(name.trim())) throw new Error('A member’s name is 1 to 60 characters.');
    const token = crypto.randomBytes(24).toString('base64url');
    this.db
      .prepare(
        `INSERT INTO members (name, token_hash, added_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET token_hash = excluded.token_hash, added_at = excluded.added_at, removed_at = NULL`,
      )
      .run(name.trim(), hashOf(token), new Date().toISOString());
    return token;
  }

  /** Revokes a member's token and every account they could open; false if there was no such member. */
  removeMember(name: string): boolean {
    return this.db.transaction(() => {
      const removed = this.db
        .prepare('UPDATE members SET removed_at = ? WHERE name = ? AND removed_at IS NULL')
        .run(new Date().toISOString(), name.trim());
      this.db.prepare('DELETE FROM account_members WHERE member = ?').run(name.trim());
      return removed.changes > 0;
    })();
  }

  /** The member a token belongs to, while they are a member. */
  memberOf(token: string): string | null {
    const row = this.db
      .prepare('SELECT name FROM members WHERE token_hash = ? AND removed_at IS NULL')
      .get(hashOf(token)) as { name: string } | undefined;
    return row?.name ?? null;
  }

  isMember(name: string): boolean {
    return this.db.prepare('SELECT 1 FROM members WHERE name = ? AND removed_at IS NULL').get(name) !== undefined;
  }

  members(): string[] {
    return (
      this.db.prepare('SELECT name FROM members WHERE removed_at IS NULL ORDER BY name').all() as { name: string }[]
    ).map((row) => row.name);
  }

  accountMembers(accountId: string): string[] {
    return (
      this.db.prepare('SELECT member FROM account_members WHERE account_id = ? ORDER BY member').all(accountId) as {
        member: string;
      }[]
    ).map((row) => row.member);
  }

  canOpen(member: string, accountId: string): boolean {
    return (
      this.db.prepare('SELECT 1 FROM account_members WHERE account_id = ? AND member = ?').get(accountId, member) !==
      undefined
    );
  }

  /** The accounts a member may open, with who else may. */
  accountsOf(member: string): { accountId: string; members: string[] }[] {
    const ids = this.db
      .prepare('SELECT account_id FROM account_members WHERE member = ? ORDER BY account_id')
      .all(member) as {
      account_id: string;
    }[];
    return ids.map(({ account_id }) => ({ accountId: account_id, members: this.accountMembers(account_id) }));
  }

  /** Sets who may open an account: the one who shares it always among them. One transaction. */
  setAccountMembers(accountId: string, members: string[]): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM account_members WHERE account_id = ?').run(accountId);
      const insert = this.db.prepare('INSERT INTO account_members (account_id, member) VALUES (?, ?)');
      for (const member of new Set(members)) insert.run(accountId, member);
    })();
  }

  appendUpdate(document: string, update: Uint8Array): void {
    this.db.prepare('INSERT INTO document_updates (document, data) VALUES (?, ?)').run(document, Buffer.from(update));
  }

  /** The document as stored, merged into one update (null if it was never written). */
  loadDocument(document: string): Uint8Array | null {
    const rows = this.db
      .prepare('SELECT seq, data FROM document_updates WHERE document = ? ORDER BY seq')
      .all(document) as { seq: number; data: Buffer }[];
    if (rows.length === 0) return null;
    const merged = Y.mergeUpdates(rows.map((row) => new Uint8Array(row.data)));
    if (rows.length > COMPACT_AFTER) {
      const last = rows[rows.length - 1]!.seq;
      this.db.transaction(() => {
        this.db.prepare('DELETE FROM document_updates WHERE document = ? AND seq <= ?').run(document, last);
        this.appendUpdate(document, merged);
      })();
    }
    return merged;
  }

  /** Every stored update of every document, for a test that searches what the server keeps. */
  everyStoredUpdate(): { document: string; data: Uint8Array }[] {
    return (
      this.db.prepare('SELECT document, data FROM document_updates ORDER BY seq').all() as {
        document: string;
        data: Buffer;
      }[]
    ).map((row) => ({ document: row.document, data: new Uint8Array(row.data) }));
  }

  close(): void {
    this.db.close();
  }
}
