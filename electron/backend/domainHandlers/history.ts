import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import type { historyMethods } from '../../../shared/api/methods/history';

export function historyHandlers(db: Db): HandlersOf<keyof typeof historyMethods> {
  void db;
  return {};
}
