import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import type { interactionsMethods } from '../../../shared/api/methods/interactions';

export function interactionsHandlers(db: Db): HandlersOf<keyof typeof interactionsMethods> {
  void db;
  return {};
}
