import { contract, METHOD_NAMES, type MethodName } from './contract';
import type { Table } from './tables';

/** The tables a method declares: those its answer comes from, or those it may change. */
export function tablesOf(method: MethodName): readonly Table[] {
  const spec = contract[method];
  return 'reads' in spec ? spec.reads : spec.writes;
}

const READ_METHODS = METHOD_NAMES.filter((method) => contract[method].kind === 'read');

/** The read methods whose answer may change when these tables are written. */
export function readsAffectedBy(tables: readonly Table[]): Set<MethodName> {
  return new Set(READ_METHODS.filter((method) => tablesOf(method).some((table) => tables.includes(table))));
}
