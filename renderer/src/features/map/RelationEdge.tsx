import { memo } from 'react';
import { BaseEdge, getBezierPath, getSmoothStepPath, getStraightPath, type Edge, type EdgeProps } from '@xyflow/react';
import type { RelationKind } from '../../../../shared/domain/enums';

export type RelationEdgeData = { kind: RelationKind; lane: number };
export type RelationFlowEdge = Edge<RelationEdgeData, 'relation'>;

/** Pixels between two lines that join the same pair of people. */
const LANE_GAP = 16;

/**
 * One drawing for every kind of line. Several lines between the same two people are spread
 * into parallel lanes so each can be seen and clicked.
 */
function RelationEdgeView(props: EdgeProps<RelationFlowEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, style, markerEnd, label } = props;
  const lane = data?.lane ?? 0;
  const length = Math.hypot(targetX - sourceX, targetY - sourceY) || 1;
  // Shift both ends along the normal of the straight line between them.
  const dx = (-(targetY - sourceY) / length) * lane * LANE_GAP;
  const dy = ((targetX - sourceX) / length) * lane * LANE_GAP;
  const ends = { sourceX: sourceX + dx, sourceY: sourceY + dy, targetX: targetX + dx, targetY: targetY + dy };
  const [path, labelX, labelY] =
    data?.kind === 'reports_to' && lane === 0
      ? getSmoothStepPath({ ...ends, sourcePosition, targetPosition })
      : data?.kind === 'influences' || data?.kind === 'covers'
        ? getBezierPath({ ...ends, sourcePosition, targetPosition })
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
