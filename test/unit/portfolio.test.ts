import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROGRESS_STEPS, STANCES } from '../../shared/domain/enums';
import {
  isFalling,
  quadrantOf,
  relationshipStrength,
  STRONG_FROM,
  type StrengthInput,
} from '../../shared/domain/portfolio';

const person = (overrides: Partial<StrengthInput> = {}): StrengthInput => ({
  influence: 3,
  stance: 'neutral',
  access: 0,
  progress: 'none',
  layer: 'key',
  isPlaceholder: false,
  ...overrides,
});

const arbitraryPerson = fc.record({
  influence: fc.integer({ min: 1, max: 5 }),
  stance: fc.constantFrom(...STANCES),
  access: fc.integer({ min: 0, max: 4 }),
  progress: fc.constantFrom(...PROGRESS_STEPS),
  layer: fc.constantFrom('key' as const, 'broad' as const),
  isPlaceholder: fc.boolean(),
});

describe('relationship strength', () => {
  it('is 0 with nobody assessed, and placeholders or broad contacts do not count', () => {
    expect(relationshipStrength([])).toBe(0);
    expect(relationshipStrength([person({ isPlaceholder: true, stance: 'champion' })])).toBe(0);
    expect(relationshipStrength([person({ layer: 'broad', stance: 'champion', access: 4 })])).toBe(0);
  });

  it('is 1 for champions with full access who act for us, and 0 for opposed people we never met', () => {
    expect(relationshipStrength([person({ stance: 'champion', access: 4, progress: 'leverage' })])).toBe(1);
    expect(relationshipStrength([person({ stance: 'opposed' })])).toBe(0);
  });

  it('weighs people by their influence: the decisive opponent outweighs the friendly user', () => {
    const strength = relationshipStrength([
      person({ influence: 5, stance: 'opposed' }),
      person({ influence: 1, stance: 'champion', access: 4, progress: 'leverage' }),
    ]);
    expect(strength).toBeCloseTo(1 / 6);
    expect(strength).toBeLessThan(STRONG_FROM);
  });

  it('stays within 0..1 and never drops when someone warms to us', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPerson, { maxLength: 20 }), fc.nat(), (people, pick) => {
        const strength = relationshipStrength(people);
        expect(strength).toBeGreaterThanOrEqual(0);
        expect(strength).toBeLessThanOrEqual(1);
        if (people.length === 0) return;
        const index = pick % people.length;
        const warmer = people.map((p, i) => (i === index ? { ...p, stance: 'champion' as const } : p));
        expect(relationshipStrength(warmer)).toBeGreaterThanOrEqual(strength - 1e-12);
      }),
    );
  });
});

describe('portfolio quadrant', () => {
  it('places accounts on both sides of each line', () => {
    expect(quadrantOf(5, 0.8)).toBe('star');
    expect(quadrantOf(4, 0.5)).toBe('star');
    expect(quadrantOf(4, 0.49)).toBe('question');
    expect(quadrantOf(3, 0.5)).toBe('cash_cow');
    expect(quadrantOf(1, 0.1)).toBe('dog');
  });
});

describe('falling health', () => {
  it('needs a real fall, not noise', () => {
    expect(isFalling(0.6, 0.55)).toBe(true);
    expect(isFalling(0.6, 0.56)).toBe(false);
    expect(isFalling(0.4, 0.6)).toBe(false);
  });
});
