import type { MapView } from '../../../../shared/api/entities';
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

/** The cards that move when these do: a department carries the people in it. */
export function carriedIds(view: MapView, moved: readonly { id: string; type?: string }[]): Set<string> {
  const ids = new Set(moved.map((node) => node.id));
  for (const node of moved) {
    if (node.type !== 'orgUnit') continue;
    for (const person of view.people) if (person.orgUnitId === node.id) ids.add(person.id);
  }
  return ids;
}
