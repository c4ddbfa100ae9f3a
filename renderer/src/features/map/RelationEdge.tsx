import { memo } from 'react';
import {
  BaseEdge,
  getBezierPath,
  getSmoothStepPath,
  getStraightPath,
  useInternalNode,
  type Edge,
  type EdgeProps,
  type InternalNode,
} from '@xyflow/react';
import type { RelationKind } from '../../../../shared/domain/enums';
import { boxExit, type Box } from './floatingEnds';

export type RelationEdgeData = { kind: RelationKind; lane: number };
export type RelationFlowEdge = Edge<RelationEdgeData, 'relation'>;

/** Pixels between two lines that join the same pair of people. */
const LANE_GAP = 16;

const boxOf = (node: InternalNode | undefined): Box | null =>
  node
    ? {
        ...node.internals.positionAbsolute,
        width: node.measured.width ?? node.width ?? 0,
        height: node.measured.height ?? node.height ?? 0,
      }
    : null;

/**
 * One drawing for every kind of line. Reporting lines run from handle to handle, top-down;
 * informal lines float to the nearest side of each card. Several lines between the same two
 * people are spread into parallel lanes so each can be seen and clicked.
 */
function RelationEdgeView(props: EdgeProps<RelationFlowEdge>) {
  const { data, style, markerEnd, label } = props;
  const sourceBox = boxOf(useInternalNode(props.source));
  const targetBox = boxOf(useInternalNode(props.target));
  const floating = data?.kind !== 'reports_to' && sourceBox && targetBox;
  const start = floating
    ? boxExit(sourceBox, targetBox)
    : { x: props.sourceX, y: props.sourceY, side: props.sourcePosition };
  const end = floating
    ? boxExit(targetBox, sourceBox)
    : { x: props.targetX, y: props.targetY, side: props.targetPosition };

  const lane = data?.lane ?? 0;
  const length = Math.hypot(end.x - start.x, end.y - start.y) || 1;
  // Shift both ends along the normal of the straight line between them.
  const dx = (-(end.y - start.y) / length) * lane * LANE_GAP;
  const dy = ((end.x - start.x) / length) * lane * LANE_GAP;
  const ends = { sourceX: start.x + dx, sourceY: start.y + dy, targetX: end.x + dx, targetY: end.y + dy };
  const [path, labelX, labelY] =
    data?.kind === 'reports_to' && lane === 0
      ? getSmoothStepPath({ ...ends, sourcePosition: start.side, targetPosition: end.side })
      : data?.kind === 'influences' || data?.kind === 'covers'
        ? getBezierPath({ ...ends, sourcePosition: start.side, targetPosition: end.side })
        : getStraightPath(ends);
  return (
    <BaseEdge
      id={props.id}
      path={path}
      style={style}
      markerEnd={markerEnd}
      label={label}
      labelX={labelX}
      labelY={labelY}
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
      interactionWidth={12}
    />
  );
}

export const RelationEdge = memo(RelationEdgeView);

/** Lanes centred on the straight line: 1 line → [0]; 2 → [-0.5, 0.5]; 3 → [-1, 0, 1]. */
export function laneOffsets(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i - (count - 1) / 2);
}
