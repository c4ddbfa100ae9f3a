import type { MethodName, OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { AppInfo } from '../../shared/api/entities';
import type { Db } from './db/connection';
import { createAccount, deleteAccount, getAccount, listAccounts, updateAccount } from './services/accounts';
import { getSettings, updateSettings } from './services/settings';
import { listMaps, moveMapItems, viewMap } from './services/maps';
import { createPerson, deletePeople, restorePeople, updatePerson } from './services/people';
import { createRelation, deleteRelation, updateRelation } from './services/relations';

export type Handlers = { [M in MethodName]: (input: ParsedInputOf<M>) => OutputOf<M> };

const OK = { ok: true } as const;

/** One handler per contract method; the compiler refuses a missing or mistyped one. */
export function createHandlers(db: Db, info: AppInfo): Handlers {
  return {
    'app.info': () => info,
    'settings.get': () => getSettings(db),
    'settings.update': (patch) => updateSettings(db, patch),

    'accounts.list': () => listAccounts(db),
    'accounts.get': ({ id }) => getAccount(db, id),
    'accounts.create': (input) => createAccount(db, input),
    'accounts.update': (input) => updateAccount(db, input),
    'accounts.delete': ({ id }) => (deleteAccount(db, id), OK),

    'maps.list': ({ accountId }) => listMaps(db, accountId),
    'maps.view': ({ mapId }) => viewMap(db, mapId),
    'maps.moveItems': (input) => (moveMapItems(db, input), OK),

    'people.create': (input) => createPerson(db, input),
    'people.update': (input) => updatePerson(db, input),
    'people.delete': ({ ids }) => (deletePeople(db, ids), OK),
    'people.restore': ({ ids }) => restorePeople(db, ids),

    'relations.create': (input) => createRelation(db, input),
    'relations.update': (input) => updateRelation(db, input),
    'relations.delete': ({ id }) => deleteRelation(db, id),
  };
}
