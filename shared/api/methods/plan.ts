import { z } from 'zod';
import { ACTION_STATUSES, ANALYSIS_DIMENSIONS, HORIZONS } from '../../domain/enums';
import {
  Access,
  Competitor,
  Id,
  IsoDate,
  line,
  LongText,
  Name,
  Person,
  Title,
  Progress,
  Role,
  Stance,
  TeamMember,
  Timestamp,
} from '../entities';
import { TEXT_LIMITS } from '../text';
import { MAX_BATCH, read, write } from './common';

/** The plan domain (the APIE cycle and the analysis sheet of docs/method.md): goals, actions, reviews, analysis, competitors. */

export const Horizon = z.enum(HORIZONS);
export const ActionStatus = z.enum(ACTION_STATUSES);
export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export const GoalStatus = z.enum(GOAL_STATUSES);
export const AnalysisDimension = z.enum(ANALYSIS_DIMENSIONS);
export const ANALYSIS_PARTIES = ['customer', 'us', 'competitor'] as const;
export const AnalysisParty = z.enum(ANALYSIS_PARTIES);
/** The rule that produced a suggested action (insights), kept so the sheet can say where it came from. */
const SourceInsight = line(TEXT_LIMITS.code).min(1);
/** An action says what will be done. */
const ActionTitle = Title.min(1);

const PersonIds = z.array(Id).max(200);

/** An account goal (personId null) or a relationship goal for one person: targets by a date. */
export const Goal = z.object({
  id: Id,
  accountId: Id,
  personId: Id.nullable(),
  title: Title,
  horizon: Horizon.nullable(),
  targetStance: Stance.nullable(),
  targetAccess: Access.nullable(),
  targetProgress: Progress.nullable(),
  dueDate: IsoDate.nullable(),
  status: GoalStatus,
  note: LongText,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Goal = z.infer<typeof Goal>;

const GoalFields = z.object({
  title: Title,
  horizon: Horizon.nullable(),
  targetStance: Stance.nullable(),
  targetAccess: Access.nullable(),
  targetProgress: Progress.nullable(),
  dueDate: IsoDate.nullable(),
  status: GoalStatus,
  note: LongText,
});
export const GoalPatch = GoalFields.partial().strict();
export type GoalPatch = z.infer<typeof GoalPatch>;

/** What deleting a goal changed: the goal, and the actions that served it (now serving none). */
export const GoalRemoval = z.object({ goal: Goal.strict(), actionIds: z.array(Id).max(MAX_BATCH) }).strict();
export type GoalRemoval = z.infer<typeof GoalRemoval>;

export const Action = z.object({
  id: Id,
  accountId: Id,
  goalId: Id.nullable(),
  title: ActionTitle,
  ownerMemberId: Id.nullable(),
  dueDate: IsoDate.nullable(),
  horizon: Horizon.nullable(),
  status: ActionStatus,
  outcome: LongText,
  sourceInsight: SourceInsight.nullable(),
  /** The people of the account the action concerns. */
  personIds: PersonIds,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Action = z.infer<typeof Action>;

export const ActionPatch = z
  .object({
    title: ActionTitle,
    goalId: Id.nullable(),
    personIds: PersonIds,
    ownerMemberId: Id.nullable(),
    dueDate: IsoDate.nullable(),
    horizon: Horizon.nullable(),
    status: ActionStatus,
    outcome: LongText,
  })
  .partial()
  .strict();
export type ActionPatch = z.infer<typeof ActionPatch>;

/**
 * A new action. Other features (insights' "make this an action") prefill it: title, goal, people,
 * owner, due date, horizon and the insight it came from. Without a due date, a horizon gives one
 * (the end of that horizon).
 */
export const ActionCreate = z
  .object({
    id: Id.optional(),
    accountId: Id,
    title: ActionTitle,
    goalId: Id.nullable().optional(),
    personIds: PersonIds.optional(),
    ownerMemberId: Id.nullable().optional(),
    dueDate: IsoDate.nullable().optional(),
    horizon: Horizon.nullable().optional(),
    status: ActionStatus.optional(),
    outcome: LongText.optional(),
    sourceInsight: SourceInsight.nullable().optional(),
  })
  .strict();
export type ActionCreate = z.infer<typeof ActionCreate>;

/** A review checkpoint: the Evaluate step of APIE, what was looked at and what was decided. */
export const Review = z.object({
  id: Id,
  accountId: Id,
  heldOn: IsoDate,
  evaluated: LongText,
  decided: LongText,
  createdAt: Timestamp,
});
export type Review = z.infer<typeof Review>;

export const AnalysisCell = z.object({
  accountId: Id,
  party: AnalysisParty,
  competitorId: Id.nullable(),
  dimension: AnalysisDimension,
  text: LongText,
  updatedAt: Timestamp,
});
export type AnalysisCell = z.infer<typeof AnalysisCell>;

/** Everything deleting a competitor took away: the people who leaned to it, its analysis column. */
export const CompetitorRemoval = z
  .object({
    competitor: Competitor.strict(),
    personIds: z.array(Id).max(MAX_BATCH),
    cells: z.array(AnalysisCell.strict()).max(ANALYSIS_DIMENSIONS.length),
  })
  .strict();
export type CompetitorRemoval = z.infer<typeof CompetitorRemoval>;

/** One line of "my plan": a relationship that matters, where it stands, where it should be, what next. */
export const MyPlanRow = z.object({
  personId: Id,
  name: z.string(),
  title: z.string(),
  accountId: Id,
  accountName: z.string(),
  role: Role,
  influence: z.int(),
  stance: Stance,
  access: Access,
  progress: Progress,
  /** Open relationship goals for the person, nearest due first. */
  goals: z.array(Goal),
  /** Open actions concerning the person (owned by me, when "me" is marked), nearest due first. */
  actions: z.array(Action),
});
export type MyPlanRow = z.infer<typeof MyPlanRow>;

export const MyPlan = z.object({
  /** The team member marked as me; null means nobody is, and the plan shows every owner's actions. */
  me: TeamMember.nullable(),
  rows: z.array(MyPlanRow),
});
export type MyPlan = z.infer<typeof MyPlan>;

const ByAccount = z.object({ accountId: Id }).strict();
const ById = z.object({ id: Id }).strict();

export const planMethods = {
  'goals.list': read(ByAccount.extend({ personId: Id.optional() }).strict(), z.array(Goal), ['accounts', 'goals']),
  'goals.create': write(
    GoalFields.partial().extend({ id: Id.optional(), accountId: Id, personId: Id.nullable().optional() }).strict(),
    Goal,
    ['goals'],
  ),
  'goals.update': write(z.object({ id: Id, patch: GoalPatch }).strict(), Goal, ['goals']),
  /** Deletes the goal; the actions that served it stay, serving none. */
  'goals.delete': write(ById, GoalRemoval, ['actions', 'goals', 'search_docs']),
  'goals.restore': write(GoalRemoval, Goal, ['actions', 'goals', 'search_docs']),

  'actions.list': read(ByAccount, z.array(Action), ['accounts', 'action_people', 'actions', 'people']),
  'actions.create': write(ActionCreate, Action, ['action_people', 'actions', 'search_docs']),
  'actions.update': write(z.object({ id: Id, patch: ActionPatch }).strict(), Action, [
    'action_people',
    'actions',
    'search_docs',
  ]),
  'actions.delete': write(ById, Action, ['action_people', 'actions', 'search_docs']),
  /** Puts back an action actions.delete returned, with its people. */
  'actions.restore': write(Action.strict(), Action, ['action_people', 'actions', 'search_docs']),

  'reviews.list': read(ByAccount, z.array(Review), ['accounts', 'reviews']),
  'reviews.create': write(
    z
      .object({
        id: Id.optional(),
        accountId: Id,
        heldOn: IsoDate,
        evaluated: LongText.optional(),
        decided: LongText.optional(),
      })
      .strict(),
    Review,
    ['reviews'],
  ),
  'reviews.update': write(
    z
      .object({
        id: Id,
        patch: z.object({ heldOn: IsoDate, evaluated: LongText, decided: LongText }).partial().strict(),
      })
      .strict(),
    Review,
    ['reviews'],
  ),
  'reviews.delete': write(ById, Review, ['reviews']),
  'reviews.restore': write(Review.strict(), Review, ['reviews']),

  'analysis.get': read(ByAccount, z.array(AnalysisCell), ['accounts', 'analysis_cells']),
  /** Writes one cell; returns the text it held before, for undo. */
  'analysis.set': write(
    z
      .object({
        accountId: Id,
        party: AnalysisParty,
        competitorId: Id.nullable(),
        dimension: AnalysisDimension,
        text: LongText,
      })
      .strict(),
    z.object({ cell: AnalysisCell, before: z.string() }),
    ['analysis_cells'],
  ),

  'competitors.list': read(ByAccount, z.array(Competitor), ['accounts', 'competitors']),
  'competitors.create': write(z.object({ id: Id.optional(), accountId: Id, name: Name }).strict(), Competitor, [
    'competitors',
  ]),
  'competitors.rename': write(z.object({ id: Id, name: Name }).strict(), Competitor, ['competitors']),
  'competitors.delete': write(ById, CompetitorRemoval, ['analysis_cells', 'competitors']),
  'competitors.restore': write(CompetitorRemoval, Competitor, ['analysis_cells', 'competitors']),

  'plan.myPlan': read(z.object({}).strict(), MyPlan, [
    'accounts',
    'action_people',
    'actions',
    'goals',
    'people',
    'team_members',
  ]),
  /** One person's relationship goals and the actions that concern them or serve those goals. */
  'plan.person': read(
    z.object({ personId: Id }).strict(),
    z.object({ person: Person, goals: z.array(Goal), actions: z.array(Action) }),
    ['action_people', 'actions', 'goals', 'people'],
  ),
} as const;
