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
import type { ReportTrunk } from '../../../../shared/domain/orgChartLayout';
import { dashedPieces } from './dashedPieces';
import { boxExit, type Box } from './floatingEnds';
import { isReportingLine, LANE_GAP } from './drawing';
import { CARD_SIZE } from './placement';
import type { Position } from '@xyflow/react';

/**
 * `trunkX`, `trunkTop`: the report's card is stacked in a column, so the line runs down the
 * column's trunk at `trunkX` from the bus above the column's top card (`trunkTop`). Plain numbers,
 * so equal data compares equal.
 */
export type RelationEdgeData = {
  kind: RelationKind;
  lane: number;
  trunkX?: number | undefined;
  trunkTop?: number | undefined;
};
export type RelationFlowEdge = Edge<RelationEdgeData, 'relation'>;

const boxOf = (node: InternalNode | undefined): Box | null =>
  node
    ? {
        ...node.internals.positionAbsolute,
        width: node.measured.width ?? node.width ?? 0,
        height: node.measured.height ?? node.height ?? 0,
      }
    : null;

interface End {
  x: number;
  y: number;
  side: Position;
}

/** The path between two ends, spread into its lane when the pair has several lines. */
function drawLine(props: EdgeProps<RelationFlowEdge>, start: End, end: End) {
  const { data, style, markerEnd, label } = props;
  const lane = data?.lane ?? 0;
  const length = Math.hypot(end.x - start.x, end.y - start.y) || 1;
  // Shift both ends along the normal of the straight line between them.
  const dx = (-(end.y - start.y) / length) * lane * LANE_GAP;
  const dy = ((end.x - start.x) / length) * lane * LANE_GAP;
  const ends = { sourceX: start.x + dx, sourceY: start.y + dy, targetX: end.x + dx, targetY: end.y + dy };
  const [path, labelX, labelY] =
    data?.trunkX !== undefined && data.trunkTop !== undefined && lane === 0
      ? trunkPath(start, end, { x: data.trunkX, headTop: data.trunkTop })
      : data && isReportingLine(data.kind) && lane === 0
        ? getSmoothStepPath({ ...ends, sourcePosition: start.side, targetPosition: end.side })
        : data?.kind === 'influences' || data?.kind === 'covers'
          ? getBezierPath({ ...ends, sourcePosition: start.side, targetPosition: end.side })
          : getStraightPath(ends);
  // A long dashed curve is drawn in pieces (dashedPieces.ts); the edge's own path then draws only
  // its arrowhead and stays the one React Flow and the focus ring know.
  const pieces = style?.strokeDasharray !== undefined ? dashedPieces(path) : null;
  const edge = (
    <BaseEdge
      id={props.id}
      path={path}
      style={pieces ? { ...style, stroke: 'none' } : style}
      markerEnd={markerEnd}
      label={label}
      labelX={labelX}
      labelY={labelY}
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
      interactionWidth={12}
    />
  );
  if (!pieces) return edge;
  return (
    <>
      {pieces.map((piece) => (
        <path
          key={piece.offset}
          d={piece.d}
          fill="none"
          className="relation-dash-piece"
          style={{ ...style, strokeDashoffset: piece.offset }}
        />
      ))}
      {edge}
    </>
  );
}

/**
 * From the manager down to the bus above the column (where the lines to the cards beside it turn
 * too), along to the trunk, down it and into the card's left side at half its height. The end is
 * the card's top handle, so the card's box follows from it and the line follows a dragged card.
 */
function trunkPath(start: End, end: End, trunk: ReportTrunk): [string, number, number] {
  const busY = (start.y + trunk.headTop) / 2;
  const entryX = end.x - CARD_SIZE.width / 2;
  const entryY = end.y + CARD_SIZE.height / 2;
  const path = `M ${start.x},${start.y} V ${busY} H ${trunk.x} V ${entryY} H ${entryX}`;
  return [path, trunk.x, (busY + entryY) / 2];
}

/** Reporting lines run top-down from handle to handle: no node lookups, so they stay cheap. */
function ReportsToEdgeView(props: EdgeProps<RelationFlowEdge>) {
  return drawLine(
    props,
    { x: props.sourceX, y: props.sourceY, side: props.sourcePosition },
    { x: props.targetX, y: props.targetY, side: props.targetPosition },
  );
}

/** Informal lines float to the nearest side of each card, wherever the two cards stand. */
function FloatingEdgeView(props: EdgeProps<RelationFlowEdge>) {
  const sourceBox = boxOf(useInternalNode(props.source));
  const targetBox = boxOf(useInternalNode(props.target));
  if (!sourceBox || !targetBox) return null;
  return drawLine(props, boxExit(sourceBox, targetBox), boxExit(targetBox, sourceBox));
}

export const ReportsToEdge = memo(ReportsToEdgeView);
export const FloatingEdge = memo(FloatingEdgeView);
