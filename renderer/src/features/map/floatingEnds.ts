import { Position } from '@xyflow/react';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the straight line between the centres of two boxes leaves the first one, and from which
 * side: informal lines (influence, allies, rivals, coverage) attach where they look natural
 * instead of at fixed handles, so a line to a card above does not loop around it.
 */
export function boxExit(from: Box, towards: Box): { x: number; y: number; side: Position } {
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  const dx = towards.x + towards.width / 2 - cx;
  const dy = towards.y + towards.height / 2 - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: from.y, side: Position.Top };
  // Scale the direction so it touches the nearer pair of sides.
  const scale = 1 / Math.max(Math.abs(dx) / (from.width / 2), Math.abs(dy) / (from.height / 2));
  const x = cx + dx * scale;
  const y = cy + dy * scale;
  const side =
    Math.abs(dx) / from.width > Math.abs(dy) / from.height
      ? dx > 0
        ? Position.Right
        : Position.Left
      : dy > 0
        ? Position.Bottom
        : Position.Top;
  return { x, y, side };
}
