import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import type { exportsMethods } from '../../../shared/api/methods/exports';

export function exportsHandlers(db: Db): HandlersOf<keyof typeof exportsMethods> {
  void db;
  return {};
}
