import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { cubicOf, dashedPieces } from '../../renderer/src/features/map/dashedPieces';

const bezier = (targetX: number, targetY: number) =>
  getBezierPath({
    sourceX: 0,
    sourceY: 0,
    sourcePosition: Position.Right,
    targetX,
    targetY,
    targetPosition: Position.Left,
  })[0];

describe('dashedPieces', () => {
  it('leaves a short curve, and a path that is not one cubic, as they are', () => {
    expect(dashedPieces(bezier(300, 100))).toBeNull();
    expect(dashedPieces('M0,0 L5000,0')).toBeNull();
    expect(dashedPieces('M 0,0 V 3000 H 4000')).toBeNull();
  });

  it('cuts a long curve into short pieces that join end to end', () => {
    const path = bezier(6000, 2500);
    const curve = cubicOf(path)!;
    const pieces = dashedPieces(path)!;
    expect(pieces.length).toBeGreaterThan(10);
    const ends = pieces.map((piece) => cubicOf(piece.d)!);
    expect(ends[0]![0]).toEqual(curve[0]);
    expect(ends.at(-1)![3].x).toBeCloseTo(curve[3].x, 1);
    expect(ends.at(-1)![3].y).toBeCloseTo(curve[3].y, 1);
    for (let i = 1; i < ends.length; i++) {
      expect(ends[i]![0].x).toBeCloseTo(ends[i - 1]![3].x, 1);
      expect(ends[i]![0].y).toBeCloseTo(ends[i - 1]![3].y, 1);
    }
  });

  it('starts each piece dashed where the one before stopped', () => {
    const pieces = dashedPieces(bezier(6000, 2500))!;
    expect(pieces[0]!.offset).toBe(0);
    const offsets = pieces.map((piece) => piece.offset);
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
    // The whole length lies between the straight distance and the control polygon.
    const [p0, p1, p2, p3] = cubicOf(bezier(6000, 2500))!;
    const last = pieces.at(-1)!;
    const lastLength = Math.hypot(p3.x - cubicOf(last.d)![0].x, p3.y - cubicOf(last.d)![0].y);
    const total = last.offset + lastLength;
    expect(total).toBeGreaterThanOrEqual(Math.hypot(6000, 2500) - 1);
    const polygon =
      Math.hypot(p1.x - p0.x, p1.y - p0.y) +
      Math.hypot(p2.x - p1.x, p2.y - p1.y) +
      Math.hypot(p3.x - p2.x, p3.y - p2.y);
    expect(total).toBeLessThanOrEqual(polygon);
  });
});
