import type { Db } from './db/connection';
import { openDatabase, type OpenOptions } from './db/connection';
import { openPublicConnection } from './db/publicScope';
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch';
import { createHandlers } from './handlers';

export interface Backend {
  /** The owner's read-write connection. */
  db: Db;
  /** The public scope's read-only connection (no private thing is visible through it). */
  publicDb: Db;
  dispatch: Dispatch;
  close(): void;
}

/** The whole backend, transport-free: what the desktop shell, web mode and tests all start. */
export function startBackend(
  databasePath: string,
  options: OpenOptions & DispatchOptions & { version: string },
): Backend {
  const db = openDatabase(databasePath, options);
  let publicDb: Db;
  try {
    publicDb = openPublicConnection(databasePath, options);
  } catch (error) {
    db.close();
    throw error;
  }
  const info = { version: options.version, databasePath };
  const dispatch = createDispatch(
    {
      owner: createHandlers({ scope: 'owner', db, publicDb }, info),
      public: createHandlers({ scope: 'public', db: publicDb, publicDb }, info),
    },
    options,
  );
  return {
    db,
    publicDb,
    dispatch,
    close: () => {
      publicDb.close();
      db.close();
    },
  };
}
