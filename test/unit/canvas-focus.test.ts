import { describe, expect, it } from 'vitest';
import { linesOf, nextCard, readingOrder } from '../../renderer/src/features/map/canvasFocus';

// A manager over three reports fanned out below, and a colleague off to the right of the manager.
const points = [
  { id: 'manager', x: 500, y: 100 },
  { id: 'left', x: 100, y: 340 },
  { id: 'middle', x: 500, y: 340 },
  { id: 'right', x: 900, y: 340 },
  { id: 'colleague', x: 1300, y: 100 },
];
const lines = [
  { id: 'l1', source: 'manager', target: 'left' },
  { id: 'l2', source: 'manager', target: 'middle' },
  { id: 'l3', source: 'manager', target: 'right' },
];

describe('arrow keys on the canvas', () => {
  it('go down a reports-to line to the nearest report, and back up to the manager', () => {
    expect(nextCard('manager', points, lines, 'down')).toBe('middle');
    expect(nextCard('left', points, lines, 'up')).toBe('manager');
  });

  it('follow a line even when the card at its end stands far to one side', () => {
    const fanned = [
      { id: 'manager', x: 500, y: 100 },
      { id: 'far', x: 900, y: 340 },
      { id: 'near', x: 520, y: 700 },
    ];
    expect(nextCard('manager', fanned, [{ id: 'l', source: 'manager', target: 'far' }], 'down')).toBe('far');
  });

  it('go to the nearest card that way when no line leaves that way', () => {
    expect(nextCard('left', points, lines, 'right')).toBe('middle');
    expect(nextCard('manager', points, lines, 'right')).toBe('colleague');
  });

  it('stay put at the edge of the map', () => {
    expect(nextCard('colleague', points, lines, 'right')).toBeUndefined();
    expect(nextCard('manager', points, lines, 'up')).toBeUndefined();
  });
});

describe('reading order and a card’s lines', () => {
  it('reads top to bottom, then left to right within a row', () => {
    expect(readingOrder(points).map((point) => point.id)).toEqual(['manager', 'colleague', 'left', 'middle', 'right']);
  });

  it('steps through a card’s lines by where the other end stands', () => {
    expect(linesOf('manager', points, [...lines].reverse()).map((line) => line.id)).toEqual(['l1', 'l2', 'l3']);
    expect(linesOf('colleague', points, lines)).toEqual([]);
  });
});
