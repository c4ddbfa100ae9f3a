import { z } from 'zod';
import { CARE_CADENCE_DAYS } from '../cadence';
import { STALE_CADENCE_FACTOR } from '../staleness';

const Days = z.int().min(1).max(3650);

/** The tunable limits of the insight rules; stored as a setting, every field has a default. */
export const InsightThresholds = z
  .object({
    /** Influence (1..5) from which an opposed or skeptical person is a warning. */
    highInfluence: z.int().min(1).max(5),
    /** Weakest coverage line (1 weak, 2 strong) that counts as covering someone. */
    coverMinStrength: z.int().min(1).max(2),
    /** At most this many supporters among key people is single-threaded. */
    singleThreadMaxSupporters: z.int().min(1).max(10),
    /** Days between contacts for each tier (the care cadence); a person's own cadence wins. */
    cadenceDays: z.object({ strategic: Days, key: Days, growth: Days, standard: Days }).strict(),
    /** Days a commitment may be past its due date before it is flagged. */
    commitmentGraceDays: z.int().min(0).max(365),
    /** The window in which a falling stance or contact frequency is looked for. */
    fallingWindowDays: z.int().min(7).max(730),
    /** Contacts in the recent window below this share of the window before are "falling". */
    contactDropRatio: z.number().min(0.05).max(1),
    /** Days a key relationship may stay at one 知连信用 step. */
    stuckDays: Days,
    /** An assessment is stale after this many care cycles. */
    staleCadenceFactor: z.int().min(1).max(20),
  })
  .strict();
export type InsightThresholds = z.infer<typeof InsightThresholds>;

export const DEFAULT_THRESHOLDS: InsightThresholds = {
  highInfluence: 4,
  coverMinStrength: 1,
  singleThreadMaxSupporters: 1,
  cadenceDays: { ...CARE_CADENCE_DAYS },
  commitmentGraceDays: 0,
  fallingWindowDays: 90,
  contactDropRatio: 0.5,
  stuckDays: 180,
  staleCadenceFactor: STALE_CADENCE_FACTOR,
};

/** Stored thresholds over the defaults; a value this version cannot read falls back to its default. */
export function readThresholds(stored: unknown): InsightThresholds {
  const result: InsightThresholds = structuredClone(DEFAULT_THRESHOLDS);
  if (typeof stored !== 'object' || stored === null) return result;
  const shape = InsightThresholds.shape;
  for (const key of Object.keys(shape) as (keyof InsightThresholds)[]) {
    const parsed = shape[key].safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success) (result as Record<string, unknown>)[key] = parsed.data;
  }
  return result;
}
