import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/api/bridge';

export interface MenuHandlers {
  undo(): void;
  redo(): void;
  settings(): void;
  goHome(): void;
  databaseChanged(): void;
  newAccount?(): void;
  addPerson?(): void;
}

const isEditable = (element: Element | null): boolean =>
  element instanceof HTMLInputElement ||
  element instanceof HTMLTextAreaElement ||
  (element as HTMLElement | null)?.isContentEditable === true;

/** The desktop menu's items arrive here; in a text field, Undo and Redo edit the text. */
export function useMenuCommands(handlers: MenuHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const bridge = window.powermap;
    if (!bridge) return;
    return bridge.onMenuCommand((command: MenuCommand) => {
      const h = latest.current;
      if ((command === 'undo' || command === 'redo') && isEditable(document.activeElement)) {
        document.execCommand(command);
        return;
      }
      if (command === 'undo') h.undo();
      else if (command === 'redo') h.redo();
      else if (command === 'settings') h.settings();
      else if (command === 'go-home') h.goHome();
      else if (command === 'database-changed') h.databaseChanged();
      else if (command === 'new-account') window.dispatchEvent(new CustomEvent('powermap:new-account'));
      else if (command === 'add-person') window.dispatchEvent(new CustomEvent('powermap:add-person'));
    });
  }, []);
}
