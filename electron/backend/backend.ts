import type { Db } from './db/connection';
import { openDatabase, type OpenOptions } from './db/connection';
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch';
import { createHandlers } from './handlers';

export interface Backend {
  db: Db;
  dispatch: Dispatch;
  close(): void;
}

/** The whole backend, transport-free: what the desktop shell, web mode and tests all start. */
export function startBackend(
  databasePath: string,
  options: OpenOptions & DispatchOptions & { version: string },
): Backend {
  const db = openDatabase(databasePath, options);
  const dispatch = createDispatch(createHandlers(db, { version: options.version, databasePath }), options);
  return { db, dispatch, close: () => db.close() };
}
