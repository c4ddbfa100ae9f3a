import { api } from '../../api/client';
import { storeCommand } from '../../undo/storeCommand';
import type { Command } from '../../undo/undoStack';

/** One person's tags set to `names`; undo gives back the ones the store reports were there before. */
export function setTagsCommand(personId: string, names: string[]): Command {
  let before: string[] = [];
  return storeCommand(
    'setTags',
    async () => {
      before = (await api.call('people.setTags', { personId, names })).before;
    },
    () => api.call('people.setTags', { personId, names: before }),
  );
}
