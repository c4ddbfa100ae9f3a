/** Turns an insight's codes into sentences in the user's language, and into an action pre-fill. */
import type { TFunction } from 'i18next';
import type { InsightView } from '../../../../shared/api/methods/insights';
import type { Horizon } from '../../../../shared/domain/enums';
import { NAME_SEPARATOR } from '../../../../shared/domain/insights/types';

type Params = InsightView['params'];

/** Codes inside params (a role, a stance, a 知连信用 step, stale fields) shown as their labels. */
export function translateParams(params: Params, t: TFunction): Record<string, string | number | string[] | Date> {
  const out: Record<string, string | number | string[] | Date> = { ...params };
  const label = (group: string, code: string | number) => t(`enums.${group}.${String(code)}`);
  if (params.role !== undefined) out.role = label('role', params.role);
  for (const key of ['stance', 'from', 'to'] as const)
    if (params[key] !== undefined) out[key] = label('stance', params[key]);
  for (const key of ['step', 'next'] as const) if (params[key] !== undefined) out[key] = label('progress', params[key]);
  // Lists go to the strings as lists, which `{{names, list}}` writes as the language lists them.
  if (typeof params.fields === 'string') out.fields = params.fields.split(',').map((f) => t(`insights.field.${f}`));
  if (typeof params.names === 'string') out.names = params.names.split(NAME_SEPARATOR);
  // A calendar day, which `{{due, datetime(…; timeZone: UTC)}}` writes in the language's way.
  if (typeof params.due === 'string') out.due = new Date(`${params.due}T00:00:00Z`);
  return out;
}

export const insightTitle = (insight: InsightView, t: TFunction): string =>
  t(`insights.${insight.titleKey}`, translateParams(insight.params, t));

export const insightExplanation = (insight: InsightView, t: TFunction): string =>
  t(`insights.${insight.explanationKey}`, translateParams(insight.params, t));

/** The principle of the method the warning comes from, in words. */
export const insightPrinciple = (insight: InsightView, t: TFunction): string =>
  t(`insights.principle.${insight.principle}`);

/**
 * What "make this an action" hands to the action-plan sheet: a title in the user's language, the
 * people it concerns, a horizon and a due date; `sourceInsight` fills actions.source_insight.
 */
export interface ActionPrefill {
  title: string;
  personIds: string[];
  horizon: Horizon;
  dueDate: string;
  sourceInsight: string;
}

export function actionPrefill(insight: InsightView, t: TFunction): ActionPrefill {
  return {
    title: t(`insights.${insight.action.titleKey}`, translateParams(insight.action.params, t)),
    personIds: insight.action.personIds,
    horizon: insight.action.horizon,
    dueDate: insight.action.dueDate,
    sourceInsight: `${insight.rule}:${insight.subject}`,
  };
}
