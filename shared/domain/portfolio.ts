/**
 * The portfolio matrix (docs/method.md): each account placed by its current or potential volume
 * (`potential`, 1..5) against the strength of our current relationship, giving one of four
 * quadrants with the visit intensity the method recommends for each.
 */
import { ACCESS_MAX, PROGRESS_STEPS, STANCES, type PersonLayer, type Progress, type Stance } from './enums';

export const QUADRANTS = ['star', 'question', 'cash_cow', 'dog'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** High-quality visits for stars and question marks, moderate for cash cows, minimal for dogs. */
export const VISIT_INTENSITY: Readonly<Record<Quadrant, 'high' | 'moderate' | 'minimal'>> = {
  star: 'high',
  question: 'high',
  cash_cow: 'moderate',
  dog: 'minimal',
};

/** Potential above the middle of the 1..5 scale is high; the middle itself is not. */
export const HIGH_POTENTIAL_FROM = 4;
/** A relationship at or above this strength (0..1) is strong. */
export const STRONG_FROM = 0.5;

export interface StrengthInput {
  influence: number;
  stance: Stance;
  access: number;
  progress: Progress;
  layer: PersonLayer;
  isPlaceholder: boolean;
}

/**
 * 0..1: how strong our relationship with the account's decision-chain (key-layer) people is,
 * each weighted by their influence. Stance counts for half (a relationship is good only compared
 * with competitors), behavioural access and 知连信用 progress for a quarter each. Nobody
 * assessed yet means no relationship: 0. Placeholders are roles, not relationships.
 */
export function relationshipStrength(people: readonly StrengthInput[]): number {
  const counted = people.filter((person) => person.layer === 'key' && !person.isPlaceholder);
  const totalWeight = counted.reduce((sum, person) => sum + person.influence, 0);
  if (totalWeight === 0) return 0;
  const score = counted.reduce((sum, person) => {
    const stance = STANCES.indexOf(person.stance) / (STANCES.length - 1);
    const access = person.access / ACCESS_MAX;
    const progress = PROGRESS_STEPS.indexOf(person.progress) / (PROGRESS_STEPS.length - 1);
    return sum + person.influence * (0.5 * stance + 0.25 * access + 0.25 * progress);
  }, 0);
  return score / totalWeight;
}

export function quadrantOf(potential: number, strength: number): Quadrant {
  const high = potential >= HIGH_POTENTIAL_FROM;
  const strong = strength >= STRONG_FROM;
  if (high) return strong ? 'star' : 'question';
  return strong ? 'cash_cow' : 'dog';
}

/** A fall of at least this much strength (0..1) within the comparison window counts as falling health. */
export const FALLING_BY = 0.05;

// The epsilon keeps 0.60 → 0.55 a fall despite binary fractions.
export const isFalling = (before: number, now: number): boolean => before - now >= FALLING_BY - 1e-9;
