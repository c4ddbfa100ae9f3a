import type { FileControl, HandlersOf, ScopedStore } from '../handlers';
import type { workspaceMethods } from '../../../shared/api/methods/workspace';
import { exportWorkspace } from '../services/workspace/exportWorkspace';
import { importWorkspace } from '../services/workspace/importWorkspace';
import { fileText, readWorkspaceFile } from '../services/workspace/readWorkspaceFile';

/**
 * Workspace files. An export without `includePrivate` (and any export in the public scope) reads
 * the public scope, so nothing private is in it; an import is checked whole before anything is
 * written, and replacing an account takes a backup first.
 */
export function workspaceHandlers(
  store: ScopedStore,
  files: FileControl,
  appVersion: string,
): HandlersOf<keyof typeof workspaceMethods> {
  return {
    'workspace.export': ({ accountId, includePrivate }) => {
      const includesPrivate = includePrivate && store.scope === 'owner';
      return exportWorkspace(includesPrivate ? store.db : store.publicDb, {
        ...(accountId ? { accountId } : {}),
        includesPrivate,
        appVersion,
      });
    },
    'workspace.import': (input) => {
      const read = readWorkspaceFile(fileText(input));
      return importWorkspace(store.db, read, {
        mode: input.mode,
        ...(input.accountId ? { accountId: input.accountId } : {}),
        backup: () => files.backupBefore('before-import'),
      });
    },
  };
}
