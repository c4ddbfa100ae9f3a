/**
 * What the sample team has been doing with the sample customer, language-neutral: eight weeks of
 * contacts with their commitments, the action plan (goals, actions, a review). Every date is a
 * number of days from the day the sample is opened, so it always looks lived-in and current.
 * The words are in text.en.ts and text.zh-CN.ts under `activity`.
 *
 * The story: IT is with us (the CIO, the ERP project manager as coach), Operations is the risk
 * (the GM opposed, the VP cooling after we broke a promise to him and left him uncontacted past the
 * key tier's 30-day cadence), the CFO is still unknown and the architect leans to Voyager.
 */
import type {
  ActionStatus,
  Channel,
  CommitmentState,
  Horizon,
  Progress,
  Scenario,
  Stance,
} from '../../../../shared/domain/enums';
import type { MemberKey, PersonKey } from './structure';

export const INTERACTIONS = [
  'referenceVisit',
  'quarterlyReview',
  'badminton',
  'cioBrief',
  'architectureWorkshop',
  'procurementVisit',
  'budgetCall',
  'executiveDinner',
  'planningFloor',
  'chairmanLetter',
  'plant2Risk',
  'birthday',
  'coachCheckIn',
  'planningDemo',
  'cioReference',
] as const;
export type InteractionKey = (typeof INTERACTIONS)[number];

export const COMMITMENTS = [
  'downtimeFigures',
  'roiCase',
  'licenceInventory',
  'securityReport',
  'benchmark',
  'tenderTimeline',
  'paymentModel',
  'hqVisit',
  'chairmanSlot',
  'cutoverPlan',
  'whoIsCfo',
  'referenceCall',
] as const;
export type CommitmentKey = (typeof COMMITMENTS)[number];

export const GOALS = ['winDeal', 'partner', 'cioChampion', 'gmOpsNeutral', 'chairmanAccess'] as const;
export type GoalKey = (typeof GOALS)[number];

export const ACTIONS = [
  'referenceVisit',
  'securityReport',
  'benchmark',
  'roiInPerson',
  'briefChairman',
  'cutoverPlan',
  'findCfo',
  'roadmap',
] as const;
export type ActionKey = (typeof ACTIONS)[number];

/** One side of a commitment: one of their people or one of our team. */
export type SampleParty = { person: PersonKey } | { member: MemberKey };

export interface SampleCommitment {
  key: CommitmentKey;
  by: SampleParty;
  to: SampleParty;
  /** Days from today: negative is past. */
  dueInDays: number;
  state: CommitmentState;
  /** When a kept or broken one was closed, in days before today. */
  closedDaysAgo?: number;
}

export interface SampleInteraction {
  key: InteractionKey;
  daysAgo: number;
  /** Local time of day, "HH:MM". */
  at: string;
  scenario: Scenario;
  channel: Channel;
  people: PersonKey[];
  members: MemberKey[];
  /** Effect on the emotional bank account (情感账户), −2…+2. */
  bank: -2 | -1 | 0 | 1 | 2;
  isPrivate?: boolean;
  commitments: SampleCommitment[];
}

// prettier-ignore
export const SAMPLE_INTERACTIONS: SampleInteraction[] = [
  { key: 'referenceVisit', daysAgo: 54, at: '14:00', scenario: 'work_special', channel: 'visit',
    people: ['gmOps', 'quality'], members: ['service', 'tech'], bank: 1,
    commitments: [{ key: 'downtimeFigures', by: { member: 'service' }, to: { person: 'gmOps' },
      dueInDays: -50, state: 'kept', closedDaysAgo: 50 }] },
  // The last contact with the VP of Operations: past the 30-day cadence of a key account.
  { key: 'quarterlyReview', daysAgo: 46, at: '10:00', scenario: 'work_daily', channel: 'meeting',
    people: ['vpOps', 'cio'], members: ['sponsor', 'am'], bank: -1,
    commitments: [{ key: 'roiCase', by: { member: 'sponsor' }, to: { person: 'vpOps' },
      dueInDays: -39, state: 'broken', closedDaysAgo: 35 }] },
  { key: 'badminton', daysAgo: 40, at: '19:30', scenario: 'private_daily', channel: 'meal',
    people: ['erpPm'], members: ['am'], bank: 1, isPrivate: true, commitments: [] },
  { key: 'cioBrief', daysAgo: 33, at: '09:00', scenario: 'work_daily', channel: 'email',
    people: ['cio'], members: ['am'], bank: 1,
    commitments: [{ key: 'licenceInventory', by: { person: 'cio' }, to: { member: 'am' },
      dueInDays: -28, state: 'kept', closedDaysAgo: 29 }] },
  { key: 'architectureWorkshop', daysAgo: 27, at: '13:30', scenario: 'work_special', channel: 'meeting',
    people: ['architect', 'erpPm', 'security', 'infra'], members: ['tech', 'am'], bank: 0,
    commitments: [
      { key: 'securityReport', by: { member: 'tech' }, to: { person: 'security' },
        dueInDays: -20, state: 'kept', closedDaysAgo: 21 },
      // Still open five days after it was due: the overdue commitment.
      { key: 'benchmark', by: { member: 'tech' }, to: { person: 'architect' }, dueInDays: -5, state: 'open' },
    ] },
  { key: 'procurementVisit', daysAgo: 25, at: '15:00', scenario: 'work_daily', channel: 'visit',
    people: ['procDirector', 'procManager'], members: ['am'], bank: 0,
    commitments: [{ key: 'tenderTimeline', by: { person: 'procManager' }, to: { member: 'am' },
      dueInDays: 6, state: 'open' }] },
  { key: 'budgetCall', daysAgo: 21, at: '11:00', scenario: 'work_daily', channel: 'call',
    people: ['finDirector', 'budget'], members: ['am'], bank: 1,
    commitments: [{ key: 'paymentModel', by: { member: 'am' }, to: { person: 'budget' },
      dueInDays: -14, state: 'kept', closedDaysAgo: 15 }] },
  { key: 'executiveDinner', daysAgo: 18, at: '19:00', scenario: 'private_special', channel: 'meal',
    people: ['ceo', 'office'], members: ['sponsor', 'am'], bank: 2,
    commitments: [{ key: 'hqVisit', by: { member: 'sponsor' }, to: { person: 'ceo' }, dueInDays: 20, state: 'open' }] },
  { key: 'planningFloor', daysAgo: 14, at: '10:00', scenario: 'work_daily', channel: 'visit',
    people: ['planning', 'scheduler'], members: ['service'], bank: 1, commitments: [] },
  { key: 'chairmanLetter', daysAgo: 12, at: '16:00', scenario: 'work_daily', channel: 'email',
    people: ['chairman', 'office'], members: ['sponsor'], bank: 1,
    commitments: [{ key: 'chairmanSlot', by: { person: 'office' }, to: { member: 'sponsor' },
      dueInDays: 10, state: 'open' }] },
  { key: 'plant2Risk', daysAgo: 9, at: '14:00', scenario: 'work_daily', channel: 'meeting',
    people: ['gmOps', 'plant2'], members: ['service', 'tech'], bank: 1,
    commitments: [{ key: 'cutoverPlan', by: { member: 'tech' }, to: { person: 'gmOps' }, dueInDays: 12, state: 'open' }] },
  { key: 'birthday', daysAgo: 7, at: '08:30', scenario: 'private_daily', channel: 'message',
    people: ['budget'], members: ['am'], bank: 1, commitments: [] },
  { key: 'coachCheckIn', daysAgo: 5, at: '17:00', scenario: 'work_daily', channel: 'call',
    people: ['erpPm'], members: ['am'], bank: 1,
    commitments: [{ key: 'whoIsCfo', by: { person: 'erpPm' }, to: { member: 'am' }, dueInDays: 7, state: 'open' }] },
  { key: 'planningDemo', daysAgo: 3, at: '10:30', scenario: 'work_daily', channel: 'meeting',
    people: ['planning', 'quality'], members: ['tech', 'service'], bank: 2, commitments: [] },
  { key: 'cioReference', daysAgo: 2, at: '11:00', scenario: 'work_daily', channel: 'call',
    people: ['cio'], members: ['am', 'tech'], bank: 1,
    commitments: [{ key: 'referenceCall', by: { member: 'am' }, to: { person: 'cio' }, dueInDays: 5, state: 'open' }] },
];

export interface SampleGoal {
  key: GoalKey;
  /** Null for an account goal. */
  person: PersonKey | null;
  horizon: Horizon;
  dueInDays: number;
  targetStance?: Stance;
  /** Access level 0..4 (关系级数). */
  targetAccess?: 0 | 1 | 2 | 3 | 4;
  targetProgress?: Progress;
}

// prettier-ignore
export const SAMPLE_GOALS: SampleGoal[] = [
  // Due when the deal closes (SAMPLE_OPPORTUNITY.closeInDays).
  { key: 'winDeal', person: null, horizon: '6m', dueInDays: 150 },
  { key: 'partner', person: null, horizon: '12m', dueInDays: 360 },
  { key: 'cioChampion', person: 'cio', horizon: '3m', dueInDays: 80, targetStance: 'champion', targetProgress: 'leverage' },
  { key: 'gmOpsNeutral', person: 'gmOps', horizon: '6m', dueInDays: 170, targetStance: 'neutral', targetAccess: 2 },
  { key: 'chairmanAccess', person: 'chairman', horizon: '3m', dueInDays: 60, targetAccess: 2, targetProgress: 'connect' },
];

export interface SampleAction {
  key: ActionKey;
  goal: GoalKey;
  people: PersonKey[];
  owner: MemberKey;
  horizon: Horizon;
  dueInDays: number;
  /** A done action carries an outcome in the text. */
  status: ActionStatus;
}

// prettier-ignore
export const SAMPLE_ACTIONS: SampleAction[] = [
  { key: 'referenceVisit', goal: 'gmOpsNeutral', people: ['gmOps', 'plant1'], owner: 'service', horizon: '3m', dueInDays: -54, status: 'done' },
  { key: 'securityReport', goal: 'winDeal', people: ['security'], owner: 'tech', horizon: '3m', dueInDays: -20, status: 'done' },
  // Overdue: the benchmark promised at the architecture workshop.
  { key: 'benchmark', goal: 'winDeal', people: ['architect', 'cio'], owner: 'tech', horizon: '3m', dueInDays: -5, status: 'doing' },
  { key: 'roiInPerson', goal: 'winDeal', people: ['vpOps'], owner: 'sponsor', horizon: '3m', dueInDays: 6, status: 'todo' },
  { key: 'briefChairman', goal: 'chairmanAccess', people: ['chairman', 'office'], owner: 'sponsor', horizon: '3m', dueInDays: 25, status: 'todo' },
  { key: 'cutoverPlan', goal: 'gmOpsNeutral', people: ['gmOps', 'plant2'], owner: 'tech', horizon: '3m', dueInDays: 12, status: 'doing' },
  { key: 'findCfo', goal: 'winDeal', people: ['erpPm', 'finDirector'], owner: 'am', horizon: '3m', dueInDays: 10, status: 'todo' },
  { key: 'roadmap', goal: 'partner', people: ['ceo', 'cio'], owner: 'sponsor', horizon: '12m', dueInDays: 200, status: 'todo' },
];

/** The last review checkpoint (the Evaluate step of APIE). */
export const SAMPLE_REVIEW = { heldDaysAgo: 10 };

export const SAMPLE_ACTIVITY = {
  interactions: SAMPLE_INTERACTIONS,
  goals: SAMPLE_GOALS,
  actions: SAMPLE_ACTIONS,
  review: SAMPLE_REVIEW,
};
export type SampleActivity = typeof SAMPLE_ACTIVITY;
