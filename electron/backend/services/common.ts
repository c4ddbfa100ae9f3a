import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import { inputIssue, type IssueParams, type Problem } from '../../../shared/api/issues';
import type { Db } from '../db/connection';

export const nowIso = (): string => new Date().toISOString();
export const newId = (): string => randomUUID();

export function mustExist<T>(row: T | undefined, what: string, id: string): T {
  if (row === undefined) throw new ApiError('not_found', `${what} ${id} does not exist`);
  return row;
}

/**
 * Refuses the call: the input is well-formed but breaks a rule of the domain. `problem` is what the
 * UI translates; `message` says the same in English for API users.
 */
export function invalid(path: string, problem: Problem, message: string, params?: IssueParams): never {
  throw new ApiError('invalid_input', message, [inputIssue(path, problem, params, message)]);
}

/** Refuses the call: it clashes with what is already stored. */
export function conflict(message: string): never {
  throw new ApiError('conflict', message);
}

/** SQLite stores booleans as 0/1. */
export const bool = (value: unknown): boolean => value === 1;

/**
 * All rows of a query as plain objects keyed by column name. Built from raw arrays, which for
 * wide rows by the thousand (a 2,000-person map) is about twice as fast as letting
 * better-sqlite3 build each object.
 */
export function allRows<T>(db: Db, sql: string, ...params: unknown[]): T[] {
  const statement = db.prepare(sql).raw(true);
  const columns = statement.columns().map((column) => column.name);
  return (statement.all(...params) as unknown[][]).map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values[i];
    return row as T;
  });
}
