import { useRef } from 'react';
import { useReactFlow, type Edge } from '@xyflow/react';
import type { MapView } from '../../../../shared/api/entities';
import { useStableCallback } from '../../app/useStableCallback';
import { carriedIds, movesAnything, toMoves } from './canvasMoves';
import type { MapFlowNode } from './flowTypes';
import type { MapCommands } from './useMapCommands';

type SetNodes = (update: (current: MapFlowNode[]) => MapFlowNode[]) => void;

/**
 * Dragging cards: a unit carries the people in it, and the whole drag is one undoable move,
 * committed when it ends. The handlers keep their identity (React Flow would otherwise take
 * each new one as a store update).
 */
export function useCanvasDrag(
  view: MapView,
  commands: MapCommands,
  itemIdOf: ReadonlyMap<string, string>,
  setNodes: SetNodes,
) {
  const flow = useReactFlow<MapFlowNode, Edge>();
  const dragStart = useRef(new Map<string, { x: number; y: number }>());

  const onNodeDragStart = useStableCallback((_: unknown, __: unknown, dragged: MapFlowNode[]) => {
    const ids = carriedIds(view, dragged);
    dragStart.current = new Map(
      flow
        .getNodes()
        .filter((node) => ids.has(node.id))
        .map((node) => [node.id, { ...node.position }]),
    );
  });
  const onNodeDrag = useStableCallback((_: unknown, __: unknown, dragged: MapFlowNode[]) => {
    const unit = dragged.find((node) => node.type === 'orgUnit');
    const start = unit && dragStart.current.get(unit.id);
    if (!unit || !start) return;
    const dx = unit.position.x - start.x;
    const dy = unit.position.y - start.y;
    const draggedIds = new Set(dragged.map((node) => node.id));
    setNodes((current) =>
      current.map((node) => {
        const from = dragStart.current.get(node.id);
        return from && !draggedIds.has(node.id) ? { ...node, position: { x: from.x + dx, y: from.y + dy } } : node;
      }),
    );
  });
  const onNodeDragStop = useStableCallback(() => {
    const ids = [...dragStart.current.keys()];
    const now = new Map(flow.getNodes().map((node) => [node.id, node.position]));
    const before = toMoves(itemIdOf, ids, (id) => dragStart.current.get(id));
    const after = toMoves(itemIdOf, ids, (id) => now.get(id));
    if (movesAnything(before, after)) void commands.moveItems(before, after);
  });

  return { onNodeDragStart, onNodeDrag, onNodeDragStop };
}
