import type { MapView } from '../../../../shared/api/entities';
import { entityIdOf } from './flowTypes';
import type { PlaceEntity } from './useMapCommands';

/** What Ctrl/⌘+C keeps: the people and team members copied, with where they stood. */
export interface Clipping {
  mapId: string;
  entries: { personId?: string; memberId?: string; x: number; y: number }[];
}

export interface PastePlan {
  /** Entities not on the target map yet: the same person or member is placed there. */
  place: PlaceEntity[];
  /** People already on the target map: pasting makes a copy of them (the store copies them as they are). */
  copy: { personId: string; x: number; y: number }[];
}

/** The app's own clipboard: it outlives a map so people copied on one can be pasted on another. */
let held: Clipping | null = null;
export const holdClipping = (clipping: Clipping): void => {
  held = clipping;
};
export const heldClipping = (): Clipping | null => held;

export function clip(view: MapView, nodeIds: readonly string[]): Clipping {
  const wanted = new Set(nodeIds);
  return {
    mapId: view.map.id,
    entries: view.items.flatMap((item) =>
      wanted.has(entityIdOf(item)) && (item.personId || item.memberId)
        ? [
            {
              ...(item.personId ? { personId: item.personId } : { memberId: item.memberId as string }),
              x: item.x,
              y: item.y,
            },
          ]
        : [],
    ),
  };
}

/**
 * Pasting onto a map places what is missing from it and copies the people already on it, shifted
 * so the pasted cards never land exactly on their originals. Team members are never copied.
 */
export function planPaste(clipping: Clipping, view: MapView, offset = 40): PastePlan {
  const onMap = new Set(view.items.map((item) => item.personId ?? item.memberId));
  const shift = clipping.mapId === view.map.id ? offset : 0;
  const plan: PastePlan = { place: [], copy: [] };
  for (const entry of clipping.entries) {
    const id = entry.personId ?? entry.memberId;
    const at = { x: entry.x + shift, y: entry.y + shift };
    if (!id) continue;
    if (!onMap.has(id)) {
      plan.place.push(
        entry.personId ? { personId: entry.personId, ...at } : { memberId: entry.memberId as string, ...at },
      );
      continue;
    }
    if (entry.personId) plan.copy.push({ personId: entry.personId, ...at });
  }
  return plan;
}
