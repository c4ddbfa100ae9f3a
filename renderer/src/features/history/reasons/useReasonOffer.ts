import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrackedField } from '../../../../../shared/domain/history';
import { ChangeHandle } from '../../../../../shared/domain/changeReasons';
import { useUndo } from '../../../undo/UndoContext';
import { fieldLabel } from '../format';
import { offerReason } from './ReasonNotice';

/** A new edit's handle: the change id it sends, new on every redo. */
export const newChange = (): ChangeHandle => new ChangeHandle(() => crypto.randomUUID());

/**
 * After an edit of assessments is done: when it changed a tracked field and came without a
 * reason, offer to add one. `who` is the person it changed, or how many people a bulk edit changed.
 */
export function useReasonOffer() {
  const { t } = useTranslation();
  const { perform, undo } = useUndo();
  return useCallback(
    (change: ChangeHandle, who: { name: string; title: string } | number, fields: readonly TrackedField[]) => {
      const people = typeof who === 'number' ? who : 1;
      if (fields.length === 0 || people === 0 || !change.live) return;
      const names = fields.map((field) => fieldLabel(t, field));
      const message =
        typeof who === 'number'
          ? t('history.reason.changedMany', { count: who, fields: names })
          : t('history.reason.changedOne', { name: who.name || who.title || t('card.placeholder'), fields: names });
      offerReason({ change, message, people, perform, undo: () => void undo() });
    },
    [t, perform, undo],
  );
}
