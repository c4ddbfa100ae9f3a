import { describe, expect, it } from 'vitest';
import { goalGap } from '../../shared/domain/goalGap';

const today = '2026-11-23';
const now = { stance: 'skeptical', access: 1, progress: 'know' } as const;
const noTargets = { targetStance: null, targetAccess: null, targetProgress: null, dueDate: null };

describe('the gap between a person and their relationship goal', () => {
  it('counts the steps still missing on each targeted measure', () => {
    const gap = goalGap(
      now,
      { targetStance: 'supportive', targetAccess: 3, targetProgress: 'trust', dueDate: '2027-02-23' },
      today,
    );
    expect(gap.stance).toMatchObject({ current: 'skeptical', target: 'supportive', steps: 2, met: false });
    expect(gap.access).toMatchObject({ current: 1, target: 3, steps: 2, share: 0.5 });
    expect(gap.progress).toMatchObject({ current: 'know', target: 'trust', steps: 2 });
    expect(gap.totalSteps).toBe(6);
    expect(gap.met).toBe(false);
    expect(gap.daysLeft).toBe(92);
    expect(gap.overdue).toBe(false);
  });

  it('is met when every target is reached or passed, and ignores measures without a target', () => {
    const gap = goalGap(
      { stance: 'champion', access: 2, progress: 'trust' },
      { ...noTargets, targetStance: 'supportive', targetAccess: 2 },
      today,
    );
    expect(gap.stance?.steps).toBe(0);
    expect(gap.progress).toBeNull();
    expect(gap.met).toBe(true);
    expect(gap.totalSteps).toBe(0);
  });

  it('is never met without a target, and is overdue once its date passed unmet', () => {
    expect(goalGap(now, noTargets, today).met).toBe(false);
    const late = goalGap(now, { ...noTargets, targetAccess: 2, dueDate: '2026-11-01' }, today);
    expect(late).toMatchObject({ overdue: true, daysLeft: -22 });
    const metLate = goalGap(now, { ...noTargets, targetAccess: 1, dueDate: '2026-11-01' }, today);
    expect(metLate.overdue).toBe(false);
  });
});
