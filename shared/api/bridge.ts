import type { MethodName } from './contract';
import type { Scope } from '../domain/privacy';
import type { CallResultPayload } from './wire';

/** What the preload exposes on `window.powermap`: the contract, and menu commands from the shell. */
export interface PowermapBridge {
  call(method: MethodName, input: unknown, scope: Scope): Promise<CallResultPayload>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export const MENU_COMMANDS = ['undo', 'redo', 'new-account', 'add-person', 'settings', 'go-home'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const IPC_CALL_CHANNEL = 'powermap:call';
export const IPC_MENU_CHANNEL = 'powermap:menu';
