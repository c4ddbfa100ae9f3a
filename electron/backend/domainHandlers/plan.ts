import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import type { planMethods } from '../../../shared/api/methods/plan';

export function planHandlers(db: Db): HandlersOf<keyof typeof planMethods> {
  void db;
  return {};
}
