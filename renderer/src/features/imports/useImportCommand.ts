import { useMemo } from 'react';
import type { InputOf, OutputOf } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { storeCommand } from '../../undo/storeCommand';
import { useUndo } from '../../undo/UndoContext';

/** Everything an import changes, so every view of it reloads. */
const IMPORT_READS = [
  'people.list',
  'people.get',
  'people.tableContext',
  'maps.view',
  'tags.list',
  'accounts.list',
  'relations.list',
  'orgUnits.list',
  'backups.list',
  'files.status',
] as const;

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
            IMPORT_READS,
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
