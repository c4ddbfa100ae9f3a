import { useEffect } from 'react';
import {
  useReactFlow,
  useStore,
  useStoreApi,
  type Edge,
  type FinalConnectionState,
  type ReactFlowState,
} from '@xyflow/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../../../shared/api/entities';
import { useStableCallback } from '../../app/useStableCallback';
import type { MapFlowNode } from './flowTypes';
import { nodeAt, planLine, type LinePlan } from './lineDrop';
import type { DrawableKind, MapCommands } from './useMapCommands';

/** The class a card wears while a line being drawn would join it if let go (MapCanvas.module.css). */
export const DROP_TARGET_CLASS = 'line-drop-target';
const HINT_ID = 'line-hint';

/**
 * A line ends where the user lets go of it: over a card's handle or anywhere on its body, as
 * people try. The ends are React Flow's: a drag started at a card's top handle runs backwards.
 */
function endsOf(fromId: string, fromType: 'source' | 'target', overId: string | null) {
  return fromType === 'source' ? { source: fromId, target: overId } : { source: overId ?? fromId, target: fromId };
}

/** The card the line being drawn is over, whether React Flow snapped it to a handle or not. */
function cardUnderLine(state: ReactFlowState): string | null {
  const connection = state.connection;
  if (!connection.inProgress) return null;
  const [tx, ty, zoom] = state.transform;
  const point = { x: (connection.pointer.x - tx) / zoom, y: (connection.pointer.y - ty) / zoom };
  return (nodeAt(state.nodeLookup.values(), point) ?? connection.toNode)?.id ?? null;
}

function planFor(
  view: MapView,
  lineKind: DrawableKind,
  fromId: string,
  fromType: 'source' | 'target',
  overId: string | null,
): LinePlan {
  const { source, target } = endsOf(fromId, fromType, overId);
  return planLine(view, lineKind, source, overId === null || source === target ? null : target);
}

/**
 * Drawing a line: the card it would join lights up while dragging, letting go on any part of a
 * card draws it, and letting go anywhere else draws nothing and says how lines are drawn.
 */
export function useLineDrawing(
  view: MapView,
  commands: MapCommands,
  lineKind: DrawableKind,
  setNodes: (update: (nodes: MapFlowNode[]) => MapFlowNode[]) => void,
) {
  const { t } = useTranslation();
  const flow = useReactFlow<MapFlowNode, Edge>();
  const store = useStoreApi();

  // Only a change of card re-renders: the selector runs on every pointer move and answers an id.
  const dropTarget = useStore((state) => {
    const connection = state.connection;
    if (!connection.inProgress) return null;
    const over = cardUnderLine(state);
    const plan = planFor(view, lineKind, connection.fromNode.id, connection.fromHandle.type, over);
    return 'draw' in plan ? over : null;
  });
  useEffect(() => {
    setNodes((nodes) =>
      nodes.some((node) => (node.id === dropTarget) !== (node.className === DROP_TARGET_CLASS))
        ? nodes.map((node) =>
            (node.id === dropTarget) === (node.className === DROP_TARGET_CLASS)
              ? node
              : { ...node, className: node.id === dropTarget ? DROP_TARGET_CLASS : undefined },
          )
        : nodes,
    );
  }, [dropTarget, setNodes]);

  const onConnectEnd = useStableCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (!state.fromNode || !state.fromHandle) return;
    const at = 'changedTouches' in event ? event.changedTouches[0] : event;
    const point = at ? flow.screenToFlowPosition({ x: at.clientX, y: at.clientY }) : null;
    const over =
      (state.isValid ? state.toNode : null) ??
      (point ? nodeAt(store.getState().nodeLookup.values(), point) : null) ??
      state.toNode;
    const plan = planFor(view, lineKind, state.fromNode.id, state.fromHandle.type, over?.id ?? null);
    if ('draw' in plan) {
      notifications.hide(HINT_ID);
      if (plan.draw === 'cover') void commands.addCover(plan.memberId, plan.personId);
      else void commands.addLine(plan.kind, plan.fromPersonId, plan.toPersonId);
      return;
    }
    notifications.show({ id: HINT_ID, message: t(`lines.hint.${plan.refused}`), autoClose: 6000 });
  });

  return { onConnectEnd };
}
