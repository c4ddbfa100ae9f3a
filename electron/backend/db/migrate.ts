import type { Database } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';

export class DatabaseTooNewError extends Error {
  constructor(readonly fileVersion: number) {
    super(`This database was written by a newer Powermap (schema ${fileVersion}); update the app to open it.`);
  }
}

export function assertKnownVersion(db: Database, migrations: readonly string[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) throw new DatabaseTooNewError(current);
  return current;
}

/** Brings the file to the newest schema, each step in its own transaction with its version bump. */
export function migrate(db: Database, migrations: readonly string[] = MIGRATIONS): number {
  const current = assertKnownVersion(db, migrations);
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return migrations.length;
}
