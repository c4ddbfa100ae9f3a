import type { Db } from '../db/connection';
import type { FileControl, HandlersOf } from '../handlers';
import { commitImport, revertImport } from '../imports/commit';
import { prepareImport, previewImport, rememberedMappings, rememberMapping } from '../imports/preview';

/** Importing people from CRM exports, sheets and vCards. */
export function importsHandlers(
  db: Db,
  files: FileControl,
): HandlersOf<'imports.preview' | 'imports.commit' | 'imports.revert' | 'imports.presets' | 'imports.savePreset'> {
  return {
    'imports.preview': (input) => previewImport(db, input),
    'imports.commit': (input) => {
      // The file is read and checked first: a broken one is refused before a backup or a write.
      const prepared = prepareImport(db, input);
      files.backupBefore('before-import');
      return commitImport(db, prepared, input);
    },
    'imports.revert': (input) => (revertImport(db, input), { ok: true as const }),
    'imports.presets': () => rememberedMappings(db),
    'imports.savePreset': ({ mapping }) => rememberMapping(db, mapping),
  };
}
