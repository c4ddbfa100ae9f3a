import { ANALYSIS_DIMENSIONS } from '../../../../shared/domain/enums';
import { addDays, todayIso } from '../../../../shared/domain/horizon';
import type { Party } from '../../../../shared/api/methods/interactions';
import type { Db } from '../../db/connection';
import { createAction } from '../actions';
import { setAnalysisCell } from '../analysis';
import { createGoal } from '../goals';
import { createInteraction } from '../interactions';
import { createReview } from '../reviews';
import type { SampleActivity, SampleParty } from './activity';
import { COMPETITORS } from './structure';
import type { SampleActivityText } from './text';

export interface SampleIds {
  people: ReadonlyMap<string, string>;
  members: ReadonlyMap<string, string>;
  competitors: ReadonlyMap<string, string>;
}

/** ISO day of the week of a calendar date: 1 Monday … 7 Sunday. */
function weekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

const idOf = (ids: ReadonlyMap<string, string>, key: string): string => {
  const id = ids.get(key);
  if (!id) throw new Error(`sample: no id for ${key}`);
  return id;
};

/**
 * Writes the sample's contacts, commitments, plan and analysis sheet through the services that
 * users' edits go through (so their checks and the search index hold), inside the caller's
 * transaction. Dates count from `now`: calendar dates are days of the local calendar, as the
 * backend runs on the user's machine (the same calendar actions.create uses for its horizons).
 */
export function insertSampleActivity(
  db: Db,
  accountId: string,
  ids: SampleIds,
  activity: SampleActivity,
  text: SampleActivityText,
  now: number,
): void {
  const today = todayIso(new Date(now));
  const day = (offset: number) => addDays(today, offset);
  /** A working day: a Saturday or Sunday moves back to the Friday before. */
  const workday = (date: string): string => addDays(date, -Math.max(0, weekday(date) - 5));
  /** The instant of a local time of day some days ago (on a working day if asked), never later than now. */
  const instant = (daysAgo: number, at: string, onWorkday = false): string => {
    const [year, month, date] = (onWorkday ? workday(day(-daysAgo)) : day(-daysAgo)).split('-').map(Number);
    const [hours, minutes] = at.split(':').map(Number);
    const local = new Date(year ?? 0, (month ?? 1) - 1, date ?? 1, hours ?? 0, minutes ?? 0).getTime();
    return new Date(Math.min(local, now)).toISOString();
  };
  const person = (key: string) => idOf(ids.people, key);
  const member = (key: string) => idOf(ids.members, key);
  const party = (side: SampleParty): Party =>
    'person' in side ? { kind: 'person', id: person(side.person) } : { kind: 'member', id: member(side.member) };

  for (const contact of activity.interactions) {
    const words = text.interactions[contact.key];
    createInteraction(db, {
      accountId,
      occurredAt: instant(contact.daysAgo, contact.at, contact.scenario.startsWith('work_')),
      scenario: contact.scenario,
      channel: contact.channel,
      summary: words.summary,
      notes: words.notes ?? '',
      isPrivate: contact.isPrivate ?? false,
      bankEffect: contact.bank,
      personIds: contact.people.map(person),
      memberIds: contact.members.map(member),
      commitments: contact.commitments.map((c) => ({
        description: text.commitments[c.key],
        by: party(c.by),
        to: party(c.to),
        dueDate: day(c.dueInDays),
        state: c.state,
        closedAt: c.closedDaysAgo === undefined ? null : instant(c.closedDaysAgo, '17:30'),
      })),
    });
  }

  const goalIds = new Map<string, string>();
  for (const goal of activity.goals) {
    const words = text.goals[goal.key];
    const created = createGoal(db, {
      accountId,
      personId: goal.person === null ? null : person(goal.person),
      title: words.title,
      note: words.note,
      horizon: goal.horizon,
      dueDate: day(goal.dueInDays),
      targetStance: goal.targetStance ?? null,
      targetAccess: goal.targetAccess ?? null,
      targetProgress: goal.targetProgress ?? null,
    });
    goalIds.set(goal.key, created.id);
  }

  for (const action of activity.actions) {
    const words = text.actions[action.key];
    createAction(db, {
      accountId,
      title: words.title,
      outcome: words.outcome ?? '',
      goalId: idOf(goalIds, action.goal),
      personIds: action.people.map(person),
      ownerMemberId: member(action.owner),
      dueDate: day(action.dueInDays),
      horizon: action.horizon,
      status: action.status,
    });
  }

  createReview(db, { accountId, heldOn: workday(day(-activity.review.heldDaysAgo)), ...text.review });

  const columns = [
    { party: 'customer', competitorId: null, cells: text.analysis.customer },
    { party: 'us', competitorId: null, cells: text.analysis.us },
    ...COMPETITORS.map((key) => ({
      party: 'competitor' as const,
      competitorId: idOf(ids.competitors, key),
      cells: text.analysis[key],
    })),
  ] as const;
  for (const column of columns) {
    for (const dimension of ANALYSIS_DIMENSIONS) {
      setAnalysisCell(db, {
        accountId,
        party: column.party,
        competitorId: column.competitorId,
        dimension,
        text: column.cells[dimension],
      });
    }
  }
}
