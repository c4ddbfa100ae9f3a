import { useCallback } from 'react';
import type { InputOf } from '../../../../shared/api/contract';
import type { InsightStateRecord, InsightView } from '../../../../shared/api/methods/insights';
import type { InsightThresholds } from '../../../../shared/domain/insights';
import { api } from '../../api/client';
import { useUndo } from '../../undo/UndoContext';
import { storeCommand } from '../../undo/storeCommand';

type Target = Pick<InputOf<'insights.dismiss'>, 'accountId' | 'rule' | 'subject'>;

/** Dismiss, snooze and show again, each undoable: undo writes back whatever was stored before. */
export function useInsightCommands(accountId: string) {
  const { perform } = useUndo();

  const change = useCallback(
    (
      label: string,
      insight: InsightView,
      write: (target: Target) => Promise<{ previous: InsightStateRecord | null }>,
    ) => {
      const target: Target = { accountId, rule: insight.rule, subject: insight.subject };
      let previous: InsightStateRecord | null = insight.state;
      let redo = () => write(target);
      return perform(
        storeCommand(
          label,
          async () => {
            previous = (await redo()).previous;
          },
          async () => {
            const undone = await api.call('insights.restore', { ...target, previous });
            // Redo puts back exactly what undo took away (same reason, same date).
            const replaced = undone.previous;
            redo = () => api.call('insights.restore', { ...target, previous: replaced });
          },
        ),
      );
    },
    [accountId, perform],
  );

  return {
    dismiss: (insight: InsightView, reason: string) =>
      change('dismissInsight', insight, (target) => api.call('insights.dismiss', { ...target, reason })),
    snooze: (insight: InsightView, reason: string, until: string) =>
      change('snoozeInsight', insight, (target) => api.call('insights.snooze', { ...target, reason, until })),
    restore: (insight: InsightView) =>
      change('restoreInsight', insight, (target) => api.call('insights.restore', { ...target, previous: null })),
    setThresholds: (patch: Partial<InsightThresholds>) => {
      let before: InsightThresholds | null = null;
      return perform(
        storeCommand(
          'insightThresholds',
          async () => {
            before = (await api.call('insights.setThresholds', patch)).before;
          },
          async () => {
            if (before) await api.call('insights.setThresholds', before);
          },
        ),
      );
    },
  };
}
