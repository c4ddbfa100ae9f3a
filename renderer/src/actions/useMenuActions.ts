import { useEffect } from 'react';
import { actionSpec, menuChords } from '../../../shared/actions/actions';
import { focusPlace, mayFire } from '../../../shared/actions/keyGuard';
import type { MenuCommand } from '../../../shared/api/bridge';
import { databaseChanged } from '../app/databaseChanges';
import { PLATFORM } from './platform';
import { runAction } from './registry';

const isEditable = (element: Element | null): boolean =>
  element instanceof HTMLInputElement ||
  element instanceof HTMLTextAreaElement ||
  (element as HTMLElement | null)?.isContentEditable === true;

/**
 * The desktop menu's items run the same registry actions as the keys and the palette. A menu
 * item reached by its accelerator obeys the same focus rule as the key would; in a text field,
 * Undo and Redo edit the text.
 */
export function useMenuActions(): void {
  useEffect(() => {
    const bridge = window.powermap;
    if (!bridge) return;
    return bridge.onMenuCommand((command: MenuCommand, byKey: boolean) => {
      if (command === 'database-changed') return void databaseChanged();
      const focused = document.activeElement;
      if ((command === 'app.undo' || command === 'app.redo') && isEditable(focused)) {
        document.execCommand(command === 'app.undo' ? 'undo' : 'redo');
        return;
      }
      const spec = actionSpec(command);
      const chord = menuChords(spec, PLATFORM)[0];
      if (byKey && chord !== undefined && !mayFire(spec, chord, focusPlace(focused), false)) return;
      runAction(command);
    });
  }, []);
}
