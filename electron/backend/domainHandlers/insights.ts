import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import type { insightsMethods } from '../../../shared/api/methods/insights';

export function insightsHandlers(db: Db): HandlersOf<keyof typeof insightsMethods> {
  void db;
  return {};
}
