import { useMemo } from 'react';
import type { InputOf, OutputOf } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { storeCommand } from '../../undo/storeCommand';
import { useUndo } from '../../undo/UndoContext';

/** The import as one undoable step: undo takes back exactly what it wrote, redo imports the file again. */
export function useImportCommand() {
  const { perform } = useUndo();
  return useMemo(
    () => ({
      async commit(input: InputOf<'imports.commit'>): Promise<OutputOf<'imports.commit'> | null> {
        let result: OutputOf<'imports.commit'> | null = null;
        const done = await perform(
          storeCommand(
            'importPeople',
            async () => {
              result = await api.call('imports.commit', input);
            },
            async () => {
              if (result) await api.call('imports.revert', { accountId: input.accountId, ...result.undo });
            },
          ),
        );
        return done ? result : null;
      },
    }),
    [perform],
  );
}
