import type { Tier } from './enums';

/** Default days between contacts for each tier: weekly, monthly, quarterly, half-yearly: the care system of the method. */
export const CARE_CADENCE_DAYS: Readonly<Record<Tier, number>> = {
  strategic: 7,
  key: 30,
  growth: 90,
  standard: 180,
};

/** A person's own cadence wins over the account tier's. */
export function effectiveCadenceDays(tier: Tier, personOverrideDays: number | null): number {
  return personOverrideDays ?? CARE_CADENCE_DAYS[tier];
}
