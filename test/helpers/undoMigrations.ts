import type { Database } from 'better-sqlite3';

/**
 * Takes migration 10 back (the notes of what each write touched, for the kept insights): its table
 * and every trigger feeding it, so a test that rewinds a file to an older version and opens it
 * again sees migration 10 run afresh.
 */
export function undoMigration10(db: Database): void {
  const triggers = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'insights\\_%' ESCAPE '\\'")
    .pluck()
    .all() as string[];
  db.exec(`${triggers.map((name) => `DROP TRIGGER ${name};`).join(' ')} DROP TABLE insights_touched;`);
}
