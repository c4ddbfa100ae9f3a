import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { boxExit } from '../../renderer/src/features/map/floatingEnds';

const card = (x: number, y: number) => ({ x, y, width: 200, height: 120 });

describe('boxExit', () => {
  it('leaves through the top towards a card above and the bottom towards a card below', () => {
    expect(boxExit(card(0, 300), card(0, 0))).toEqual({ x: 100, y: 300, side: Position.Top });
    expect(boxExit(card(0, 0), card(0, 300))).toEqual({ x: 100, y: 120, side: Position.Bottom });
  });

  it('leaves through the side towards a card beside it', () => {
    expect(boxExit(card(0, 0), card(500, 0))).toEqual({ x: 200, y: 60, side: Position.Right });
    expect(boxExit(card(500, 0), card(0, 0))).toEqual({ x: 500, y: 60, side: Position.Left });
  });

  it('stays on the border of the box on a diagonal', () => {
    const exit = boxExit(card(0, 0), card(400, 400));
    const onVerticalSide = exit.x === 200 && exit.y >= 0 && exit.y <= 120;
    const onHorizontalSide = exit.y === 120 && exit.x >= 0 && exit.x <= 200;
    expect(onVerticalSide || onHorizontalSide).toBe(true);
  });
});
