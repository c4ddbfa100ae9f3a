import { describe, expect, it } from 'vitest';
import { CARE_CADENCE_DAYS, effectiveCadenceDays } from '../../shared/domain/cadence';
import { TIERS } from '../../shared/domain/enums';

describe('care cadence', () => {
  it('is weekly, monthly, quarterly and half-yearly by tier', () => {
    expect(CARE_CADENCE_DAYS).toEqual({ strategic: 7, key: 30, growth: 90, standard: 180 });
  });

  it('has a positive cadence for every tier', () => {
    expect(Object.keys(CARE_CADENCE_DAYS).sort()).toEqual([...TIERS].sort());
    for (const tier of TIERS) expect(CARE_CADENCE_DAYS[tier]).toBeGreaterThan(0);
  });

  it('gets more frequent as the tier gets more important', () => {
    const days = TIERS.map((tier) => CARE_CADENCE_DAYS[tier]);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('uses the tier default when the person has no cadence of their own', () => {
    for (const tier of TIERS) expect(effectiveCadenceDays(tier, null)).toBe(CARE_CADENCE_DAYS[tier]);
  });

  it("lets a person's own cadence win over the tier's", () => {
    expect(effectiveCadenceDays('standard', 14)).toBe(14);
    expect(effectiveCadenceDays('strategic', 60)).toBe(60);
  });
});
