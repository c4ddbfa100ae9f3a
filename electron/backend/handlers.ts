import { listTags, setPersonTags } from './services/tags';
import type { MethodName, OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { AppInfo } from '../../shared/api/entities';
import type { Db } from './db/connection';
import type { BackupInfo, BackupReason, FileStatus, RestoreResult } from '../../shared/api/methods/files';
import type { Scope } from '../../shared/domain/privacy';
import { createAccount, deleteAccount, getAccount, listAccounts, updateAccount } from './services/accounts';
import { listAccountTeam, removeAccountTeam, setAccountTeam } from './services/accountTeam';
import { assess } from './services/assessments';
import { getSettings, updateSettings } from './services/settings';
import { createMap, deleteMap, listMaps, renameMap } from './services/maps';
import { moveMapItems, placeItems, removeItems, updateItems } from './services/mapItems';
import { viewMap } from './services/mapView';
import { deleteSelection, restoreSelection } from './services/mapSelection';
import { paste } from './services/mapPaste';
import { replaceRelations, setReportsTo } from './services/reportsTo';
import { createNote, deleteNote, updateNote } from './services/notes';
import { createOpportunity, deleteOpportunity, listOpportunities, updateOpportunity } from './services/opportunities';
import { createOrgUnit, deleteOrgUnit, listOrgUnits, restoreOrgUnit, updateOrgUnit } from './services/orgUnits';
import { createPerson, deletePeople, listPeople, restorePeople, updatePerson } from './services/people';
import { createRelation, deleteRelation, listRelations, setCoverage, updateRelation } from './services/relations';
import { createSampleAccount } from './services/sample/createSample';
import { interactionsHandlers } from './domainHandlers/interactions';
import { historyHandlers } from './domainHandlers/history';
import { searchHandlers } from './domainHandlers/search';
import { exportsHandlers } from './domainHandlers/exports';
import { planHandlers } from './domainHandlers/plan';
import { insightsHandlers } from './domainHandlers/insights';
import { dashboardHandlers } from './domainHandlers/dashboard';
import { peopleHandlers } from './domainHandlers/people';
import { workspaceHandlers } from './domainHandlers/workspace';
import type { SecurityMethod } from './securityHandlers';
import { importsHandlers } from './domainHandlers/imports';
import { createMember, deleteMember, listTeam, restoreMember, updateMember } from './services/team';
import { sharesHandlers } from './room/threadHandlers';
import { teamSyncHandlers } from './sync/threadHandlers';

export type HandlersOf<K extends MethodName> = { [M in K]: (input: ParsedInputOf<M>) => OutputOf<M> };
export type Handlers = HandlersOf<MethodName>;

/**
 * The connections one scope's handlers read and write through. In the owner scope `db` is the
 * read-write connection; in the public scope both are the public, read-only one.
 */
export interface ScopedStore {
  scope: Scope;
  db: Db;
  /** Where reads that leave private things out go, whatever the caller's scope. */
  publicDb: Db;
}

/** What the backend lets handlers do with the open file itself: backups, copies, its state. */
export interface FileControl {
  status(): FileStatus;
  /** A backup before a step that removes or replaces much (deleting an account, an import). */
  backupBefore(reason: BackupReason): void;
  listBackups(): BackupInfo[];
  createBackup(): BackupInfo;
  restore(id: string): RestoreResult;
  saveCopy(path: string, overwrite: boolean): { path: string; sizeBytes: number };
}

const OK = { ok: true } as const;

/** One handler per contract method; the compiler refuses a missing or mistyped one. */
export function createHandlers(
  store: ScopedStore,
  info: AppInfo,
  files: FileControl,
  security: HandlersOf<SecurityMethod>,
): Handlers {
  const { db } = store;
  return {
    'app.info': () => info,
    'settings.get': () => getSettings(db),
    'settings.update': (patch) => updateSettings(db, patch),

    'accounts.list': () => listAccounts(db),
    'accounts.get': ({ id }) => getAccount(db, id),
    'accounts.create': (input) => createAccount(db, input),
    'accounts.update': (input) => updateAccount(db, input),
    'accounts.delete': ({ id }) => {
      // Deleting an account cannot be undone: a backup holds it until the backups roll over.
      getAccount(db, id);
      files.backupBefore('before-delete');
      deleteAccount(db, id);
      return OK;
    },
    'accounts.createSample': ({ language }) => createSampleAccount(db, language),

    'maps.list': ({ accountId }) => listMaps(db, accountId),
    'maps.view': ({ mapId }) => viewMap(db, mapId),
    'maps.create': (input) => createMap(db, input),
    'maps.rename': (input) => renameMap(db, input),
    'maps.delete': ({ id }) => deleteMap(db, id),
    'maps.moveItems': (input) => (moveMapItems(db, input), OK),
    'maps.placeItems': (input) => placeItems(db, input),
    'maps.removeItems': (input) => removeItems(db, input),
    'maps.updateItems': (input) => updateItems(db, input),
    'maps.deleteSelection': (input) => deleteSelection(db, input),
    'maps.restoreSelection': (removal) => (restoreSelection(db, removal), OK),
    'maps.paste': (input) => paste(db, input),

    'people.list': ({ accountId }) => listPeople(db, accountId),
    'people.create': (input) => createPerson(db, input),
    'people.update': (input) => updatePerson(db, input),
    'people.delete': ({ ids }) => (deletePeople(db, ids), OK),
    'people.restore': ({ ids }) => restorePeople(db, ids),

    'relations.list': ({ accountId }) => listRelations(db, accountId),
    'relations.create': (input) => createRelation(db, input),
    'relations.update': (input) => updateRelation(db, input),
    'relations.delete': ({ id }) => deleteRelation(db, id),
    'relations.setReportsTo': (input) => setReportsTo(db, input),
    'relations.replace': (input) => (replaceRelations(db, input), OK),
    'relations.setCoverage': (input) => setCoverage(db, input),

    'team.list': () => listTeam(db),
    'team.create': (input) => createMember(db, input),
    'team.update': (input) => updateMember(db, input),
    'team.delete': ({ id }) => deleteMember(db, id),
    'team.restore': (removal) => restoreMember(db, removal),
    'accountTeam.list': ({ accountId }) => listAccountTeam(db, accountId),
    'accountTeam.set': (input) => setAccountTeam(db, input),
    'accountTeam.remove': (input) => removeAccountTeam(db, input),

    'orgUnits.list': ({ accountId }) => listOrgUnits(db, accountId),
    'orgUnits.create': (input) => createOrgUnit(db, input),
    'orgUnits.update': (input) => updateOrgUnit(db, input),
    'orgUnits.delete': ({ id }) => deleteOrgUnit(db, id),
    'orgUnits.restore': (removal) => restoreOrgUnit(db, removal),

    'notes.create': (input) => createNote(db, input),
    'notes.update': (input) => updateNote(db, input),
    'notes.delete': ({ id }) => deleteNote(db, id),

    'opportunities.list': ({ accountId }) => listOpportunities(db, accountId),
    'opportunities.create': (input) => createOpportunity(db, input),
    'opportunities.update': (input) => updateOpportunity(db, input),
    'opportunities.delete': ({ id }) => deleteOpportunity(db, id),
    'opportunities.assess': (input) => assess(db, input),

    'tags.list': () => listTags(db),
    'people.setTags': ({ personId, names }) => setPersonTags(db, personId, names),

    ...interactionsHandlers(db),

    ...historyHandlers(db),

    ...searchHandlers(db, store.scope),

    ...exportsHandlers(store),

    ...planHandlers(db),

    ...insightsHandlers(db),

    ...dashboardHandlers(db),
    ...peopleHandlers(db),
    ...importsHandlers(db, files),
    ...workspaceHandlers(store, files, info.version),

    'files.status': () => files.status(),
    'files.saveCopy': ({ path, overwrite }) => files.saveCopy(path, overwrite ?? false),
    'backups.list': () => files.listBackups(),
    'backups.create': () => files.createBackup(),
    'backups.restore': ({ id }) => files.restore(id),
    ...security,
    ...sharesHandlers,
    ...teamSyncHandlers,
  };
}
