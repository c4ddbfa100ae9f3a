import { i18next } from '../../i18n';
import { RESOURCES } from '../../../../shared/i18n';

/**
 * The undo toast reads `undo.<label>`, a block this feature does not own; our labels live in the
 * feature's strings (interactions.undo) and are merged into `undo` once, never overwriting a key.
 */
let registered = false;
export function registerUndoLabels(): void {
  if (registered) return;
  registered = true;
  for (const [language, resources] of Object.entries(RESOURCES)) {
    i18next.addResourceBundle(language, 'translation', { undo: resources.interactions.undo }, true, false);
  }
}

export type InteractionUndoLabel = keyof (typeof RESOURCES)['en']['interactions']['undo'];
