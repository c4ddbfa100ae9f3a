import { z } from 'zod';
import { Coordinate } from '../entities';

/** One operation: the schema its input must pass and the schema of what it returns. */
export const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
export const Empty = z.object({}).strict();
export const Ok = z.object({ ok: z.literal(true) });
export const Position = z.object({ x: Coordinate, y: Coordinate }).strict();
/** A card or container size on the canvas, in canvas units. */
export const Size = z.number().finite().positive().max(1e6);
/** Lists a caller may send in one call. */
export const MAX_BATCH = 10_000;
