import { api } from '../../../api/client';
import { storeCommand } from '../../../undo/storeCommand';
import type { Command } from '../../../undo/undoStack';

/**
 * Giving a change a reason, as its own undo step: undo takes the reason back (the change stays,
 * and is undone by the step below it); redo gives it again, to the change as it was last done
 * (`change` answers the id the edit was last sent with).
 */
export function reasonCommand(change: () => string | null, reason: string): Command {
  let previous = '';
  const changeId = (): string => {
    const id = change();
    if (!id) throw new Error('A reason for an edit that was never done');
    return id;
  };
  return storeCommand(
    'giveReason',
    async () => {
      previous = (await api.call('history.setReason', { changeId: changeId(), reason })).previous;
    },
    () => api.call('history.setReason', { changeId: changeId(), reason: previous || null }),
  );
}
