/**
 * The product's vocabulary (docs/method.md, docs/glossary.md). Codes are stored in SQLite and in export files, so
 * they never change; labels live in the i18n resources under the same codes.
 */
export const ROLES = [
  'approver',
  'decision_maker',
  'evaluator',
  'influencer',
  'user',
  'gatekeeper',
  'coach',
  'unknown',
] as const;
export type Role = (typeof ROLES)[number];

export const STANCES = ['opposed', 'skeptical', 'neutral', 'supportive', 'champion'] as const;
export type Stance = (typeof STANCES)[number];

/** The -2..+2 measurement scale of stance, in the order of STANCES. */
export function stanceValue(stance: Stance): number {
  return STANCES.indexOf(stance) - 2;
}
export function stanceFromValue(value: number): Stance {
  const stance = STANCES[Math.round(value) + 2];
  if (!stance) throw new RangeError(`stance value out of range: ${value}`);
  return stance;
}

export const INFLUENCE_MIN = 1;
export const INFLUENCE_MAX = 5;
export const ACCESS_MIN = 0;
export const ACCESS_MAX = 4;

export const PROGRESS_STEPS = ['none', 'know', 'connect', 'trust', 'leverage'] as const;
export type Progress = (typeof PROGRESS_STEPS)[number];

export const CONFIDENCES = ['confirmed', 'believed', 'guess'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** People sit in the key or broad layer; `organisational` is the account-level roof. */
export const PERSON_LAYERS = ['key', 'broad'] as const;
export type PersonLayer = (typeof PERSON_LAYERS)[number];

export const ORG_STEPS = ['communicate', 'align', 'ally', 'identify'] as const;
export type OrgStep = (typeof ORG_STEPS)[number];

export const TIERS = ['strategic', 'key', 'growth', 'standard'] as const;
export type Tier = (typeof TIERS)[number];

export const STAGES = ['exploration', 'formation', 'stability', 'decline'] as const;
export type Stage = (typeof STAGES)[number];

export const RELATIONSHIP_TYPES = ['transactional', 'preferred', 'partner', 'alliance'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** `dotted_line` is secondary reporting: a second manager, drawn dotted and left out of the org chart's tree. */
export const RELATION_KINDS = ['reports_to', 'dotted_line', 'influences', 'ally', 'rival', 'covers'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Coverage strength between one of our team and one of theirs. */
export const COVER_STRENGTHS = ['none', 'weak', 'strong'] as const;
export type CoverStrength = (typeof COVER_STRENGTHS)[number];

export const SCENARIOS = ['work_special', 'work_daily', 'private_special', 'private_daily'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const CHANNELS = ['meeting', 'visit', 'call', 'email', 'message', 'meal', 'event', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const COMMITMENT_STATES = ['open', 'kept', 'broken'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];

export const HORIZONS = ['3m', '6m', '12m'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const ACTION_STATUSES = ['todo', 'doing', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const TEAM_ROLES = ['account_manager', 'executive_sponsor', 'technical_lead', 'service', 'other'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const ANALYSIS_DIMENSIONS = [
  'relationship_activity',
  'capabilities_resources',
  'competitive_strategy',
  'strengths_weaknesses',
  'customer_view',
  'cycle_change',
] as const;
export type AnalysisDimension = (typeof ANALYSIS_DIMENSIONS)[number];

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where a deal stands (opportunities.status). */
export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost', 'dropped'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** Free annotations on a map: a sticky note, or plain text. */
export const NOTE_KINDS = ['sticky', 'text'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The palette a note may take; the renderer maps each code to a theme colour. */
export const NOTE_COLORS = ['yellow', 'orange', 'pink', 'purple', 'blue', 'green', 'gray'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

/** Strength of each kind of line: covers 0..2 (none/weak/strong), influences 1..3, others 0..3 (unused). */
export const RELATION_STRENGTH: Record<RelationKind, { min: number; max: number }> = {
  covers: { min: 0, max: 2 },
  influences: { min: 1, max: 3 },
  reports_to: { min: 0, max: 3 },
  dotted_line: { min: 0, max: 3 },
  ally: { min: 0, max: 3 },
  rival: { min: 0, max: 3 },
};
