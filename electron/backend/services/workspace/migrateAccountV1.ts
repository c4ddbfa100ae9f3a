import type { AccountExport } from '../../../../shared/api/methods/exports';
import type { WorkspaceFile, WorkspaceRow, WorkspaceTables } from '../../../../shared/api/methods/workspace';
import { WORKSPACE_FORMAT } from '../../../../shared/api/methods/workspace';
import { WORKSPACE_TABLES, type WorkspaceTableKey } from '../../../../shared/api/methods/workspaceTables';

/** Where each migrated row came from in the old file, so a problem is told at its old place. */
export type Origins = Map<string, string>;
export const originKey = (table: string, index: number): string => `${table}.${index}`;

type Loose = Record<string, unknown>;

/**
 * A file of the first account format (`powermap.account/1`) as a workspace file. That format
 * carried no maps, team, tags, competitors, analysis or history, so those come out empty; its
 * links to our team name members by id only, which the import resolves against this database.
 */
export function migrateAccountV1(old: AccountExport): { file: WorkspaceFile; origins: Origins } {
  const tables = Object.fromEntries(WORKSPACE_TABLES.map((table) => [table.key, []])) as unknown as WorkspaceTables;
  const origins: Origins = new Map();
  const accountId = old.account.id;
  const add = (key: WorkspaceTableKey, row: Loose, from: string) => {
    origins.set(originKey(key, tables[key].length), from);
    tables[key].push(row as WorkspaceRow);
  };
  const pick = (row: Loose, keys: readonly string[]): Loose =>
    Object.fromEntries(keys.filter((key) => key in row).map((key) => [key, row[key]]));

  add('accounts', { ...old.account }, 'account');
  old.opportunities.forEach((row, i) => add('opportunities', { ...row }, `opportunities.${i}`));
  old.orgUnits.forEach((row, i) => add('orgUnits', { ...row }, `orgUnits.${i}`));
  // The old format carried no competitors, so a person's leaning to one cannot come along.
  old.people.forEach((row, i) => add('people', { ...row, competitorId: null, deletedAt: null }, `people.${i}`));
  old.relations.forEach((row, i) =>
    add('relations', { ...row, note: '', createdAt: old.exportedAt, updatedAt: old.exportedAt }, `relations.${i}`),
  );
  old.interactions.forEach((row, i) => {
    const { personIds, memberIds, ...rest } = row as Loose & { personIds?: unknown; memberIds?: unknown };
    add('interactions', { ...rest, accountId }, `interactions.${i}`);
    const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
    list(personIds).forEach((personId, j) =>
      add(
        'interactionParticipants',
        { interactionId: rest.id, personId, memberId: null },
        `interactions.${i}.personIds.${j}`,
      ),
    );
    list(memberIds).forEach((memberId, j) =>
      add(
        'interactionParticipants',
        { interactionId: rest.id, personId: null, memberId },
        `interactions.${i}.memberIds.${j}`,
      ),
    );
  });
  old.commitments.forEach((row, i) => add('commitments', { ...row, accountId }, `commitments.${i}`));
  old.goals.forEach((row, i) => add('goals', { ...row, accountId }, `goals.${i}`));
  old.actions.forEach((row, i) => {
    const { personIds, ...rest } = row as Loose & { personIds?: unknown };
    add('actions', { ...rest, accountId }, `actions.${i}`);
    (Array.isArray(personIds) ? personIds : []).forEach((personId, j) =>
      add('actionPeople', { actionId: rest.id, personId }, `actions.${i}.personIds.${j}`),
    );
  });
  old.reviews.forEach((row, i) =>
    add(
      'reviews',
      pick({ ...row, accountId }, ['id', 'accountId', 'heldOn', 'evaluated', 'decided', 'createdAt']),
      `reviews.${i}`,
    ),
  );
  return {
    file: {
      format: WORKSPACE_FORMAT,
      exportedAt: old.exportedAt,
      appVersion: '',
      scope: 'account',
      includesPrivate: old.includesPrivate,
      tables,
    },
    origins,
  };
}
