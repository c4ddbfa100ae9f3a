import { describe, expect, it } from 'vitest';
import type { InternalNode } from '@xyflow/react';
import { nodeAt } from '../../renderer/src/features/map/farZoom/hitTest';

/** Just what the hit test reads of React Flow's internal node. */
const node = (id: string, type: string, x: number, y: number, width: number, height: number, hidden = false) =>
  ({
    id,
    type,
    hidden,
    measured: { width, height },
    internals: { positionAbsolute: { x, y }, userNode: { id, hidden } },
  }) as unknown as InternalNode;

const unit = node('unit', 'orgUnit', 0, 0, 1000, 600);
const inside = node('inside', 'person', 100, 100, 200, 120);
const folded = node('folded', 'person', 500, 100, 200, 120, true);
const nodes = [unit, inside, folded];
const painted = (n: InternalNode) => !n.hidden;
const none = new Map<string, { x: number; y: number }>();

describe('the far view finds what is under the pointer', () => {
  it('takes a card over the department box it sits in', () => {
    expect(nodeAt(nodes, { x: 150, y: 150 }, none, painted)?.id).toBe('inside');
  });

  it('takes the department where no card is, and nothing outside every box', () => {
    expect(nodeAt(nodes, { x: 800, y: 500 }, none, painted)?.id).toBe('unit');
    expect(nodeAt(nodes, { x: 1200, y: 500 }, none, painted)).toBeNull();
  });

  it('skips what is not painted, and finds a card where a drag has put it', () => {
    expect(nodeAt(nodes, { x: 550, y: 150 }, none, painted)?.id).toBe('unit');
    const moved = new Map([['inside', { x: 2000, y: 2000 }]]);
    expect(nodeAt(nodes, { x: 2100, y: 2050 }, moved, painted)?.id).toBe('inside');
    expect(nodeAt(nodes, { x: 150, y: 150 }, moved, painted)?.id).toBe('unit');
  });
});
