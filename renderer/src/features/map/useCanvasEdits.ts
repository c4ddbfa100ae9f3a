import type { Edge } from '@xyflow/react';
import type { MapView } from '../../../../shared/api/entities';
import { useStableCallback } from '../../app/useStableCallback';
import { entityIdOf, type MapFlowNode } from './flowTypes';
import type { MapCommands } from './useMapCommands';
import { useDeleteWithNotice } from './useDeleteWithNotice';

/**
 * What deleting on the canvas means in the store (drawing a line: useLineDrawing). Stable handlers: React Flow
 * takes every new one as a store update.
 */
export function useCanvasEdits(view: MapView, commands: MapCommands) {
  const deleteWithNotice = useDeleteWithNotice(commands);
  /** One Delete is one call and one undo step, whatever mix of cards and lines was selected. */
  const onDelete = useStableCallback(({ nodes: gone, edges: goneEdges }: { nodes: MapFlowNode[]; edges: Edge[] }) => {
    const ids = new Set(gone.map((node) => node.id));
    const personIds = gone.filter((node) => node.type === 'person').map((node) => node.id);
    const noteIds = gone.filter((node) => node.type === 'note').map((node) => node.id);
    // Our team and org units are only taken off this map; they are not deleted.
    const itemIds = gone
      .filter((node) => node.type === 'member' || node.type === 'orgUnit')
      .flatMap((node) => view.items.filter((item) => entityIdOf(item) === node.id).map((item) => item.id));
    // Lines of a deleted person stay in the store (hidden with them) so undo brings them back.
    const relationIds = view.relations
      .filter((r) => {
        const ends = [r.fromPersonId ?? r.fromMemberId ?? '', r.toPersonId ?? r.toMemberId ?? ''];
        return goneEdges.some((edge) => edge.id === r.id) && !ends.some((end) => ids.has(end));
      })
      .map((r) => r.id);
    if (personIds.length + noteIds.length + itemIds.length + relationIds.length === 0) return;
    void deleteWithNotice({ personIds, noteIds, itemIds, relationIds });
  });

  return { onDelete };
}
