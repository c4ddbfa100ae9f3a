import type { Move } from './useMapCommands';

interface Point {
  x: number;
  y: number;
}

/** The moves that put each card (by node id) where `at` says, as map items the store can take. */
export function toMoves(
  itemIdOf: ReadonlyMap<string, string>,
  ids: Iterable<string>,
  at: (id: string) => Point | undefined,
): Move[] {
  return [...ids].flatMap((id) => {
    const itemId = itemIdOf.get(id);
    const position = at(id);
    return itemId && position ? [{ itemId, x: position.x, y: position.y }] : [];
  });
}

/** Whether any card would end up somewhere else: an arrangement that moves nothing is no edit. */
export const movesAnything = (before: Move[], after: Move[]): boolean =>
  after.some((move, i) => move.x !== before[i]?.x || move.y !== before[i]?.y);
