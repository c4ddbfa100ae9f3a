import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyWithUndo } from '../../app/notify';
import { useUndo } from '../../undo/UndoContext';
import { usePeopleCommands } from './usePeopleCommands';

/**
 * "Still right" from wherever the stale assessment shows (the person page, the warning's card):
 * one undoable review, and a notice saying whose assessment it confirmed.
 */
export function useConfirmAssessment(accountId: string) {
  const { t } = useTranslation();
  const { confirmAssessment } = usePeopleCommands(accountId);
  const { undo } = useUndo();
  return useCallback(
    async (person: { id: string; name: string; title: string }) => {
      const done = await confirmAssessment(person.id);
      const name = person.name || person.title || t('card.placeholder');
      if (done) notifyWithUndo(t('people.details.confirmed', { name }), () => void undo());
      return done;
    },
    [confirmAssessment, t, undo],
  );
}
