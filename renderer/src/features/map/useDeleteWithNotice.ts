import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SelectionRemoval } from '../../../../shared/api/methods/mapEdits';
import { notifyWithUndo } from '../../app/notify';
import { useStableCallback } from '../../app/useStableCallback';
import { useUndo } from '../../undo/UndoContext';
import type { MapCommands, MapSelection } from './useMapCommands';

/** "Deleted 2 people and 3 lines": what one Delete took, lines that went with their people counted. */
export function describeRemoval(t: TFunction, removal: SelectionRemoval): string {
  const counts = [
    ['people', removal.personIds.length],
    ['lines', removal.relations.length + removal.hiddenLines],
    ['notes', removal.notes.length],
  ] as const;
  const deleted = counts.filter(([, count]) => count > 0).map(([key, count]) => t(`map.deleted.${key}`, { count }));
  const sentences = [
    deleted.length > 0 ? t('map.deleted.summary', { list: deleted }) : '',
    removal.items.length > 0 ? t('map.deleted.offMap', { count: removal.items.length }) : '',
  ];
  return sentences.filter(Boolean).join(t('map.deleted.sentences'));
}

/** Deletes a selection and says what went, with Undo right in the notice. */
export function useDeleteWithNotice(commands: MapCommands) {
  const { t } = useTranslation();
  const undo = useUndo();
  return useStableCallback(async (selection: MapSelection): Promise<boolean> => {
    const removal = await commands.deleteSelection(selection);
    if (!removal) return false;
    notifyWithUndo(describeRemoval(t, removal), () => void undo.undo());
    return true;
  });
}
