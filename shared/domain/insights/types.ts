/**
 * The warnings of the method (docs/method.md, "Insights") as data. Rules are pure: they read an `InsightInput` (a plain
 * structural picture of one account, or one map of it) and return `Insight`s; the backend builds
 * the input from the store and the UI renders the i18n keys. Nothing here depends on the API
 * contracts of interactions or commitments, so those can change shape without touching the rules.
 */
import type { Person, Relation } from '../../api/entities';
import type { CommitmentState, Horizon, Tier } from '../enums';

export const INSIGHT_RULES = [
  'uncovered_key_person',
  'influential_opponent',
  'single_threaded',
  'no_coach',
  'no_high_level',
  'contact_overdue',
  'commitment_overdue',
  'stance_falling',
  'contact_falling',
  'progress_stuck',
  'decision_chain_missing',
  'placeholder_unnamed',
  'assessment_stale',
  'no_path_to_power',
] as const;
export type InsightRule = (typeof INSIGHT_RULES)[number];

/**
 * The principle of the method each warning comes from; the UI shows it in words
 * (`insights.principle.<code>`), so a user reads why the method objects, not where it is written.
 */
export const INSIGHT_PRINCIPLES = [
  'map_the_decision_chain',
  'judge_power_and_stance',
  'dont_bet_on_few',
  'develop_a_coach',
  'build_high_level',
  'care_cadence',
  'keep_promises',
  'early_warning',
  'step_by_step',
  'relationships_change',
  'point_to_whole',
] as const;
export type InsightPrinciple = (typeof INSIGHT_PRINCIPLES)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;

/**
 * Between the names of a list in an insight's params (`names`): a control character no name may
 * hold, so the screen can list the names in its own language's way.
 */
export const NAME_SEPARATOR = '\u001f';
export type Severity = (typeof SEVERITIES)[number];

export type InsightPerson = Pick<
  Person,
  | 'id'
  | 'name'
  | 'title'
  | 'isPlaceholder'
  | 'role'
  | 'influence'
  | 'stance'
  | 'access'
  | 'progress'
  | 'layer'
  | 'roleAssessedAt'
  | 'influenceAssessedAt'
  | 'stanceAssessedAt'
  | 'accessAssessedAt'
  | 'progressAssessedAt'
  | 'cadenceDays'
  | 'createdAt'
>;

export type InsightRelation = Pick<
  Relation,
  'kind' | 'fromPersonId' | 'fromMemberId' | 'toPersonId' | 'toMemberId' | 'strength'
>;

/** One contact with the customer: when (ISO instant or date) and which of their people took part. */
export interface InsightInteraction {
  at: string;
  personIds: string[];
}

export interface InsightCommitment {
  id: string;
  description: string;
  /** `YYYY-MM-DD`, or null when no date was promised (never overdue). */
  due: string | null;
  state: CommitmentState;
  /** Their people the promise concerns (made by or to). */
  personIds: string[];
}

/** One change of an assessed field (append-only person_history). */
export interface InsightHistoryEntry {
  personId: string;
  field: 'role' | 'influence' | 'stance' | 'access' | 'progress';
  old: string | null;
  new: string;
  at: string;
}

export interface InsightInput {
  tier: Tier;
  people: InsightPerson[];
  relations: InsightRelation[];
  team: { id: string; name: string }[];
  interactions: InsightInteraction[];
  commitments: InsightCommitment[];
  history: InsightHistoryEntry[];
}

export type InsightParams = Record<string, string | number>;

/** What "make this an action" pre-fills in the action-plan sheet. */
export interface SuggestedAction {
  /** i18n key of the action's title (under `insights.`), with its params. */
  titleKey: string;
  params: InsightParams;
  personIds: string[];
  horizon: Horizon;
  /** `YYYY-MM-DD`, counted from today. */
  dueDate: string;
}

export interface Insight {
  rule: InsightRule;
  /**
   * What the insight is about, stable across evaluations so a dismissal sticks: a person id, a
   * commitment id, or '' for the account as a whole.
   */
  subject: string;
  severity: Severity;
  /** The people it concerns, for chips and card markers. */
  personIds: string[];
  /** The principle of the method the warning comes from. */
  principle: InsightPrinciple;
  /** i18n keys (under `insights.`) of the title and the explanation that names the principle. */
  titleKey: string;
  explanationKey: string;
  params: InsightParams;
  action: SuggestedAction;
}
