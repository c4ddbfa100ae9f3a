import type { z } from 'zod';
import { accountMethods } from './methods/accounts';
import { mapMethods } from './methods/maps';
import { mapEditMethods } from './methods/mapEdits';
import { noteMethods } from './methods/notes';
import { opportunityMethods } from './methods/opportunities';
import { orgUnitMethods } from './methods/orgUnits';
import { peopleMethods } from './methods/people';
import { relationMethods } from './methods/relations';
import { tagMethods } from './methods/tags';
import { teamMethods } from './methods/team';
import { interactionsMethods } from './methods/interactions';
import { historyMethods } from './methods/history';
import { searchMethods } from './methods/search';
import { exportsMethods } from './methods/exports';
import { planMethods } from './methods/plan';
import { insightsMethods } from './methods/insights';
import { dashboardMethods } from './methods/dashboard';
import { filesMethods } from './methods/files';
import { workspaceMethods } from './methods/workspace';
import { securityMethods } from './methods/security';
import { importsMethods } from './methods/imports';
import { sharesMethods } from './methods/shares';
import { teamSyncMethods } from './methods/teamSync';

export { PersonPatch } from './methods/people';
export { lineProblems } from './methods/relations';

/**
 * Every operation the UI can ask for, declared once: its input schema (validated by the
 * backend before it touches data) and its output schema (the type the caller receives).
 * Both transports and the typed client are derived from this map. Each domain declares its
 * methods in methods/<domain>.ts.
 */
export const contract = {
  ...accountMethods,
  ...mapMethods,
  ...mapEditMethods,
  ...peopleMethods,
  ...relationMethods,
  ...teamMethods,
  ...orgUnitMethods,
  ...noteMethods,
  ...opportunityMethods,
  ...tagMethods,
  ...interactionsMethods,
  ...historyMethods,
  ...searchMethods,
  ...exportsMethods,
  ...planMethods,
  ...insightsMethods,
  ...dashboardMethods,
  ...filesMethods,
  ...workspaceMethods,
  ...securityMethods,
  ...importsMethods,
  ...sharesMethods,
  ...teamSyncMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = z.output<Contract[M]['output']>;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
