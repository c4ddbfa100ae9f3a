import type { Connection, Edge } from '@xyflow/react';
import type { MapView } from '../../../../shared/api/entities';
import { useStableCallback } from '../../app/useStableCallback';
import { entityIdOf, type MapFlowNode } from './flowTypes';
import type { DrawableKind, MapCommands } from './useMapCommands';
import { useDeleteWithNotice } from './useDeleteWithNotice';

/**
 * What drawing a line and deleting on the canvas mean in the store. Stable handlers: React Flow
 * takes every new one as a store update.
 */
export function useCanvasEdits(view: MapView, commands: MapCommands, lineKind: DrawableKind) {
  const onConnect = useStableCallback((connection: Connection) => {
    const { source, target } = connection;
    if (source === target) return;
    const fromMember = view.members.some((member) => member.id === source);
    const toPerson = view.people.some((person) => person.id === target);
    if (fromMember) {
      // Lines from one of our team are always coverage: who of ours owns which of theirs.
      if (
        toPerson &&
        !view.relations.some((r) => r.kind === 'covers' && r.fromMemberId === source && r.toPersonId === target)
      ) {
        void commands.addCover(source, target);
      }
      return;
    }
    if (!toPerson || !view.people.some((person) => person.id === source)) return;
    // Reports-to is drawn from the manager down to the report, so the target reports to the source.
    const [from, to] = lineKind === 'reports_to' ? [target, source] : [source, target];
    const symmetric = lineKind === 'ally' || lineKind === 'rival';
    const exists = view.relations.some(
      (r) =>
        r.kind === lineKind &&
        ((r.fromPersonId === from && r.toPersonId === to) ||
          (symmetric && r.fromPersonId === to && r.toPersonId === from)),
    );
    if (!exists) void commands.addLine(lineKind, from, to);
  });

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

  return { onConnect, onDelete };
}
