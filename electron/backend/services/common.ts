import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';

export const nowIso = (): string => new Date().toISOString();
export const newId = (): string => randomUUID();

export function mustExist<T>(row: T | undefined, what: string, id: string): T {
  if (row === undefined) throw new ApiError('not_found', `${what} ${id} does not exist`);
  return row;
}

/** SQLite stores booleans as 0/1. */
export const bool = (value: unknown): boolean => value === 1;
