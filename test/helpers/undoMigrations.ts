import type { Database } from 'better-sqlite3';

/** Takes migration 11 back: the team server connection and the shared accounts' documents. */
function undoMigration11(db: Database): void {
  db.exec('DROP TABLE team_document_updates; DROP TABLE team_documents; DROP TABLE team_connection;');
}

/**
 * Takes migration 10 back (the notes of what each write touched, for the kept insights): its table
 * and every trigger feeding it.
 */
function undoMigration10(db: Database): void {
  const triggers = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'insights\\_%' ESCAPE '\\'")
    .pluck()
    .all() as string[];
  db.exec(`${triggers.map((name) => `DROP TRIGGER ${name};`).join(' ')} DROP TABLE insights_touched;`);
}

/**
 * Takes back every migration from 10 on, newest first, so a test that rewinds a file to an older
 * version and opens it again sees them run afresh (the older ones it takes back itself).
 */
export function undoMigrationsFrom10(db: Database): void {
  undoMigration11(db);
  undoMigration10(db);
}
