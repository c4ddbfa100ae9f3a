import { MarkerType, type Edge } from '@xyflow/react';
import type { MapItem, Relation } from '../../../../shared/api/entities';
import type { NoteColor } from '../../../../shared/domain/enums';
import { CARD_SIZE } from './placement';

/*
 * The sizes, colours and line lanes of what the map draws, free of React: the canvas and the
 * picture of the map (PNG, SVG, the account review) draw from the same numbers.
 */

export const UNIT_PADDING = { x: 24, top: 44, bottom: 24 };
/** A folded department shows only its header. */
export const COLLAPSED_UNIT_HEIGHT = 44;
export const NOTE_SIZE = { sticky: { width: 180, height: 140 }, text: { width: 240, height: 60 } };
/** The fixed size of one of our team's cards (MemberNode.module.css). */
export const MEMBER_SIZE = { width: 180, height: 84 };

/** The paper colour of each sticky-note colour code. */
export const NOTE_BACKGROUND: Record<NoteColor, string> = {
  yellow: '#fff3bf',
  orange: '#ffe8cc',
  pink: '#ffdeeb',
  purple: '#e5dbff',
  blue: '#d0ebff',
  green: '#d3f9d8',
  gray: '#f1f3f5',
};

/** A unit's box: its stored size, or just big enough for the people in it. */
export function unitSize(item: MapItem, inside: MapItem[]): { width: number; height: number } {
  if (item.width && item.height) return { width: item.width, height: item.height };
  if (inside.length === 0) return { width: 2 * CARD_SIZE.width, height: CARD_SIZE.height + UNIT_PADDING.top };
  const right = Math.max(...inside.map((other) => other.x + CARD_SIZE.width));
  const bottom = Math.max(...inside.map((other) => other.y + CARD_SIZE.height));
  return {
    width: Math.max(right - item.x + UNIT_PADDING.x, CARD_SIZE.width + 2 * UNIT_PADDING.x),
    height: Math.max(bottom - item.y + UNIT_PADDING.bottom, CARD_SIZE.height + UNIT_PADDING.top),
  };
}

export const EDGE_STYLE: Record<Relation['kind'], Pick<Edge, 'style' | 'markerEnd'>> = {
  reports_to: { style: { stroke: '#495057', strokeWidth: 1.5 } },
  // Round dots: zero-length dashes with round caps, unlike every dashed kind.
  dotted_line: { style: { stroke: '#495057', strokeWidth: 2.5, strokeDasharray: '0 5', strokeLinecap: 'round' } },
  influences: {
    style: { stroke: '#7048e8', strokeWidth: 1.5, strokeDasharray: '6 4' },
    markerEnd: { type: MarkerType.ArrowClosed, color: '#7048e8' },
  },
  ally: { style: { stroke: '#2f9e44', strokeWidth: 2 } },
  rival: { style: { stroke: '#e03131', strokeWidth: 2, strokeDasharray: '2 4' } },
  covers: { style: { stroke: '#1c7ed6', strokeWidth: 2 } },
};

/** Coverage strength 0 none / 1 weak / 2 strong, drawn faint, thin or bold. */
export const COVER_STROKE: { strokeWidth: number; strokeDasharray?: string }[] = [
  { strokeWidth: 1, strokeDasharray: '1 5' },
  { strokeWidth: 1.5 },
  { strokeWidth: 3.5 },
];

export interface LineStroke {
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
  strokeLinecap?: 'round';
}

/** The stroke of one line: influence is drawn heavier the stronger it is; coverage by its strength. */
export function lineStroke(relation: Relation): LineStroke {
  const style = EDGE_STYLE[relation.kind].style as LineStroke;
  return {
    ...style,
    ...(relation.kind === 'influences' ? { strokeWidth: relation.strength + 0.5 } : {}),
    ...(relation.kind === 'covers' ? COVER_STROKE[relation.strength] : {}),
  };
}

/** Reporting lines, solid or dotted, run from the manager's card down to the report's. */
export const isReportingLine = (kind: Relation['kind']): boolean => kind === 'reports_to' || kind === 'dotted_line';

/** Pixels between two lines that join the same pair of people. */
export const LANE_GAP = 16;

/** Lanes centred on the straight line: 1 line → [0]; 2 → [-0.5, 0.5]; 3 → [-1, 0, 1]. */
export function laneOffsets(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i - (count - 1) / 2);
}

/**
 * Which lane each line takes among the lines that join the same two parties, counted across the
 * pair taken in id order (a line drawn the other way round flips the sign).
 */
export function laneIndex(relations: Relation[]): Map<string, number> {
  const byPair = new Map<string, Relation[]>();
  for (const relation of relations) {
    const ends = [relation.fromPersonId ?? relation.fromMemberId, relation.toPersonId ?? relation.toMemberId].sort();
    const key = ends.join('|');
    byPair.set(key, [...(byPair.get(key) ?? []), relation]);
  }
  const lanes = new Map<string, number>();
  for (const group of byPair.values()) {
    const offsets = laneOffsets(group.length);
    group.forEach((relation, i) => lanes.set(relation.id, offsets[i] ?? 0));
  }
  return lanes;
}
