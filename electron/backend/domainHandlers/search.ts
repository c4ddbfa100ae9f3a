import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import type { searchMethods } from '../../../shared/api/methods/search';
import { searchAll } from '../services/search';
import type { Scope } from '../../../shared/domain/privacy';

export function searchHandlers(db: Db, scope: Scope): HandlersOf<keyof typeof searchMethods> {
  return {
    'search.query': ({ text, limit }) => searchAll(db, text, limit, scope),
  };
}
