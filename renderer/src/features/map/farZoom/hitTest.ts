import type { InternalNode } from '@xyflow/react';

export interface Point {
  x: number;
  y: number;
}

/** Where a node is drawn: its stored place, or where a drag in progress has it. */
export function placeOf(node: InternalNode, moved: ReadonlyMap<string, Point>): Point {
  return moved.get(node.id) ?? node.internals.positionAbsolute;
}

/** A node the layer paints: on the map, and not folded into a collapsed department. */
export type Painted = (node: InternalNode) => boolean;

/**
 * The node under a point of the flow, as the user sees the layer: a card, member or note above the
 * department boxes they sit in, and of those the one painted last. A linear scan: ten thousand
 * boxes take well under a millisecond, and a press happens once, not every frame.
 */
export function nodeAt(
  nodes: Iterable<InternalNode>,
  at: Point,
  moved: ReadonlyMap<string, Point>,
  painted: Painted,
): InternalNode | null {
  let card: InternalNode | null = null;
  let unit: InternalNode | null = null;
  for (const node of nodes) {
    if (!painted(node)) continue;
    const { x, y } = placeOf(node, moved);
    const width = node.measured.width ?? node.width ?? 0;
    const height = node.measured.height ?? node.height ?? 0;
    if (at.x < x || at.y < y || at.x > x + width || at.y > y + height) continue;
    if (node.type === 'orgUnit') unit = node;
    else card = node;
  }
  return card ?? unit;
}
