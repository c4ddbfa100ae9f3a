import { z } from 'zod';
import { HORIZONS } from '../../domain/enums';
import { INSIGHT_PRINCIPLES, INSIGHT_RULES, InsightThresholds, SEVERITIES } from '../../domain/insights';
import { MAP_STATUSES } from '../../domain/mapStatus';
import { Code, Id, IsoDate, Reason, Timestamp } from '../entities';
import { Empty, read, write } from './common';

export const InsightRuleCode = z.enum(INSIGHT_RULES);
const Params = z.record(z.string(), z.union([z.string(), z.number()]));
const Subject = Code;

/** A dismissal or snooze as stored; null anywhere it is expected means "active". */
export const InsightStateRecord = z.object({
  state: z.enum(['dismissed', 'snoozed']),
  /** Last day of a snooze (`YYYY-MM-DD`); null for a dismissal. */
  until: IsoDate.nullable(),
  reason: Reason,
  createdAt: Timestamp,
});
export type InsightStateRecord = z.infer<typeof InsightStateRecord>;

export const InsightView = z.object({
  rule: InsightRuleCode,
  subject: z.string(),
  severity: z.enum(SEVERITIES),
  personIds: z.array(z.string()),
  principle: z.enum(INSIGHT_PRINCIPLES),
  titleKey: z.string(),
  explanationKey: z.string(),
  params: Params,
  action: z.object({
    titleKey: z.string(),
    params: Params,
    personIds: z.array(z.string()),
    horizon: z.enum(HORIZONS),
    dueDate: IsoDate,
  }),
  /** Dismissed, or snoozed until a day not yet past; null while it is active. */
  state: InsightStateRecord.nullable(),
});
export type InsightView = z.infer<typeof InsightView>;

export const MapStatusView = z.object({
  status: z.enum(MAP_STATUSES),
  reasons: z.array(z.object({ code: z.string(), count: z.int() })),
  keyPlayers: z.int(),
  keySupporters: z.int(),
});
export type MapStatusView = z.infer<typeof MapStatusView>;

const Scope = z.object({ accountId: Id, mapId: Id.optional() }).strict();
const Target = { accountId: Id, rule: InsightRuleCode, subject: Subject };
/** What was stored before a change, so undo puts it back with `insights.restore`. */
const Previous = z.object({ previous: InsightStateRecord.nullable() });

const PathStep = z.object({
  fromId: z.string(),
  toId: z.string(),
  via: z.enum(['influences', 'manages', 'reports_to', 'ally']),
  weight: z.number(),
});
export const PathToPowerView = z.object({
  targetId: z.string(),
  targetSupports: z.boolean(),
  paths: z.array(z.object({ personIds: z.array(z.string()), steps: z.array(PathStep), score: z.number() })),
});
export type PathToPowerView = z.infer<typeof PathToPowerView>;

/** Methods of the insights domain (the warnings of docs/method.md). */
export const insightsMethods = {
  /** The account's (or one map's) insights, most severe first, each with its dismissal or snooze. */
  'insights.list': read(Scope, z.object({ insights: z.array(InsightView), status: MapStatusView }), [
    'account_team',
    'accounts',
    'commitments',
    'insight_states',
    'insights_touched',
    'interaction_participants',
    'interactions',
    'map_items',
    'maps',
    'opportunity_assessments',
    'people',
    'person_history',
    'relations',
    'settings',
    'team_members',
  ]),
  'insights.status': read(Scope, MapStatusView, [
    'accounts',
    'map_items',
    'maps',
    'opportunity_assessments',
    'people',
    'relations',
    'settings',
  ]),
  /** The status light of every account, for the home screen. */
  'insights.statusAll': read(Empty, z.array(z.object({ accountId: Id, status: MapStatusView })), [
    'accounts',
    'people',
    'relations',
    'settings',
  ]),
  'insights.dismiss': write(z.object({ ...Target, reason: Reason }).strict(), Previous, ['insight_states']),
  'insights.snooze': write(z.object({ ...Target, reason: Reason, until: IsoDate }).strict(), Previous, [
    'insight_states',
  ]),
  /** Puts back a stored state (null: active again); undoes a dismiss or snooze. */
  'insights.restore': write(z.object({ ...Target, previous: InsightStateRecord.nullable() }).strict(), Previous, [
    'insight_states',
  ]),
  'insights.getThresholds': read(Empty, InsightThresholds, ['settings']),
  /** Changes some thresholds; returns them all, and the ones before so undo can set them back. */
  'insights.setThresholds': write(
    InsightThresholds.partial().strict(),
    z.object({ before: InsightThresholds, after: InsightThresholds }),
    ['settings'],
  ),
  'insights.pathToPower': read(
    z.object({ accountId: Id, targetId: Id, mapId: Id.optional() }).strict(),
    PathToPowerView,
    ['accounts', 'map_items', 'maps', 'opportunity_assessments', 'people', 'relations'],
  ),
} as const;
