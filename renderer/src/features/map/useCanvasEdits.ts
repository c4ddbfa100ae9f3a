import type { Edge } from '@xyflow/react';
import type { MapView } from '../../../../shared/api/entities';
import { useStableCallback } from '../../app/useStableCallback';
import { entityIdOf, type MapFlowNode } from './flowTypes';
import type { MapCommands } from './useMapCommands';

/**
 * What deleting on the canvas means in the store (drawing a line: useLineDrawing). Stable handlers: React Flow
 * takes every new one as a store update.
 */
export function useCanvasEdits(view: MapView, commands: MapCommands) {
  const onDelete = useStableCallback(({ nodes: gone, edges: goneEdges }: { nodes: MapFlowNode[]; edges: Edge[] }) => {
    const ids = new Set(gone.map((node) => node.id));
    const people = gone.filter((node) => node.type === 'person').map((node) => node.id);
    const notes = gone.filter((node) => node.type === 'note').map((node) => node.id);
    // Our team and org units are only taken off this map; they are not deleted.
    const offMap = gone
      .filter((node) => node.type === 'member' || node.type === 'orgUnit')
      .flatMap((node) => view.items.filter((item) => entityIdOf(item) === node.id));
    // Lines of a deleted person stay in the store (hidden with them) so undo brings them back.
    const lines = view.relations.filter((r) => {
      const ends = [r.fromPersonId ?? r.fromMemberId ?? '', r.toPersonId ?? r.toMemberId ?? ''];
      return goneEdges.some((edge) => edge.id === r.id) && !ends.some((end) => ids.has(end));
    });
    if (people.length > 0) void commands.deletePeople(people);
    if (notes.length > 0) void commands.deleteNotes(notes);
    if (offMap.length > 0) void commands.removeFromMap(offMap);
    if (lines.length > 0) void commands.deleteRelations(lines);
  });

  return { onDelete };
}
