import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neighbourhood, type Link } from '../../shared/domain/neighbourhood';

const link = (from: string, to: string): Link => ({ from, to });

describe('neighbourhood', () => {
  // a — b — c — d — e, and f alone
  const chain = [link('a', 'b'), link('c', 'b'), link('c', 'd'), link('d', 'e')];

  it('holds the centre and the people one step out, over lines in either direction', () => {
    expect(neighbourhood(['c'], chain, 1)).toEqual(
      new Map([
        ['c', 0],
        ['b', 1],
        ['d', 1],
      ]),
    );
  });

  it('reaches further with more steps, each person at their shortest distance', () => {
    const three = neighbourhood(['a'], [...chain, link('a', 'd')], 3);
    expect(three.get('d')).toBe(1);
    expect(three.get('e')).toBe(2);
    expect(three.get('c')).toBe(1 + 1);
    expect(three.has('f')).toBe(false);
  });

  it('starts from every person involved in a deal', () => {
    const near = neighbourhood(['a', 'e'], chain, 1);
    expect([...near.keys()].sort()).toEqual(['a', 'b', 'd', 'e']);
  });

  it('keeps a centre no line names, and ignores lines to oneself', () => {
    expect(neighbourhood(['f'], [...chain, link('f', 'f')], 3)).toEqual(new Map([['f', 0]]));
  });

  it('never reaches further than asked, and never misses someone within reach', () => {
    const graphs = fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 80 });
    fc.assert(
      fc.property(graphs, fc.nat(30), fc.integer({ min: 0, max: 4 }), (pairs, centre, steps) => {
        const links = pairs.map(([a, b]) => link(`p${a}`, `p${b}`));
        const near = neighbourhood([`p${centre}`], links, steps);
        for (const distance of near.values()) expect(distance).toBeLessThanOrEqual(steps);
        // Closed under one more step while within reach: a neighbour of someone nearer than `steps` is in.
        for (const { from, to } of links) {
          const df = near.get(from);
          const dt = near.get(to);
          if (df !== undefined && df < steps) expect(dt).toBeLessThanOrEqual(df + 1);
          if (dt !== undefined && dt < steps) expect(df).toBeLessThanOrEqual(dt + 1);
        }
      }),
    );
  });
});
