import { useReactFlow, type Edge } from '@xyflow/react';
import {
  align,
  distribute,
  type AlignMode,
  type AlignNode,
  type DistributeMode,
} from '../../../../shared/domain/align';
import { movesAnything, toMoves } from './canvasMoves';
import type { MapFlowNode } from './flowTypes';
import type { MapCommands } from './useMapCommands';

/** Align and distribute the selected cards (not the department boxes), as one undoable move. */
export function useCanvasArrange(commands: MapCommands, itemIdOf: ReadonlyMap<string, string>) {
  const flow = useReactFlow<MapFlowNode, Edge>();

  const selectedCards = (): AlignNode[] =>
    flow
      .getNodes()
      .filter((node) => node.selected && node.type !== 'orgUnit')
      .map((node) => ({
        id: node.id,
        ...node.position,
        width: node.measured?.width ?? 0,
        height: node.measured?.height ?? 0,
      }));
  const arrange = (arranged: AlignNode[]) => {
    const ids = arranged.map((node) => node.id);
    const before = toMoves(itemIdOf, ids, (id) => flow.getNode(id)?.position);
    const after = toMoves(itemIdOf, ids, (id) => arranged.find((node) => node.id === id));
    if (movesAnything(before, after)) void commands.moveItems(before, after);
  };

  return {
    onAlign: (mode: AlignMode) => arrange(align(selectedCards(), mode)),
    onDistribute: (mode: DistributeMode) => arrange(distribute(selectedCards(), mode)),
  };
}
