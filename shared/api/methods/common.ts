import { z } from 'zod';
import { Coordinate } from '../entities';
import type { Table } from '../tables';
export { Size } from '../entities';

/**
 * A method either only reads the store or writes to it. A caller in the public scope (a wall
 * screen, an export without private content) may call reads only.
 */
export type MethodKind = 'read' | 'write';

/**
 * One operation that only reads: the schema its input must pass, the schema of what it returns,
 * and every table its answer comes from (directly or derived), so that it reloads after any
 * write to one of them.
 */
export const read = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, reads: readonly Table[]) =>
  ({ input, output, kind: 'read', reads }) as const;
/** One operation that changes the store, and every table it may write (triggers' writes included). */
export const write = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, writes: readonly Table[]) =>
  ({ input, output, kind: 'write', writes }) as const;
export const Empty = z.object({}).strict();
export const Ok = z.object({ ok: z.literal(true) });
export const Position = z.object({ x: Coordinate, y: Coordinate }).strict();
/** Lists a caller may send in one call. */
export const MAX_BATCH = 10_000;

/**
 * What an edit of one row returns: the row as it is now, and `before`, the row as the store held
 * it just before the edit. Undo writes `before` back, never what a screen had cached.
 */
export const withBefore = <S extends z.ZodRawShape>(row: z.ZodObject<S>) => row.extend({ before: row });
