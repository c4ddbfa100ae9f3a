import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import type { searchMethods } from '../../../shared/api/methods/search';

export function searchHandlers(db: Db): HandlersOf<keyof typeof searchMethods> {
  void db;
  return {};
}
