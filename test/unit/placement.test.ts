import { describe, expect, it } from 'vitest';
import { CARD_SIZE, freeSpotNear } from '../../renderer/src/features/map/placement';

const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < CARD_SIZE.width && Math.abs(a.y - b.y) < CARD_SIZE.height;

describe('freeSpotNear', () => {
  it('centres a card on an empty canvas', () => {
    expect(freeSpotNear({ x: 500, y: 300 }, [])).toEqual({ x: 400, y: 240 });
  });

  it('never places a card on top of another, however crowded the centre is', () => {
    const taken: { x: number; y: number }[] = [];
    for (let i = 0; i < 40; i++) {
      const spot = freeSpotNear({ x: 0, y: 0 }, taken);
      expect(taken.some((other) => overlap(spot, other))).toBe(false);
      taken.push(spot);
    }
  });

  it('puts the next card to the right of the centre one, then to its left, then below', () => {
    const first = freeSpotNear({ x: 100, y: 60 }, []);
    const second = freeSpotNear({ x: 100, y: 60 }, [first]);
    const third = freeSpotNear({ x: 100, y: 60 }, [first, second]);
    const fourth = freeSpotNear({ x: 100, y: 60 }, [first, second, third]);
    expect(second).toEqual({ x: first.x + 230, y: first.y });
    expect(third).toEqual({ x: first.x - 230, y: first.y });
    expect(fourth).toEqual({ x: first.x, y: first.y + 160 });
  });
});
