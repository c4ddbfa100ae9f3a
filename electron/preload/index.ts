import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  FILE_COMMANDS,
  IPC_CALL_CHANNEL,
  IPC_FILE_CHANNEL,
  IPC_MENU_CHANNEL,
  IPC_PRINT_REVIEW_CHANNEL,
  isMenuCommand,
  type PowermapBridge,
} from '../../shared/api/bridge';
import type { CallResultPayload } from '../../shared/api/wire';

/**
 * The contract's method names arrive on our command line (webPreferences.additionalArguments,
 * set in electron/main/window.ts from METHOD_NAMES). Importing contract.ts here would bundle zod
 * into a sandboxed preload, which can require nothing but 'electron'. No list, no calls.
 */
const METHODS_ARGUMENT = '--powermap-methods=';
const methodNames: ReadonlySet<string> = new Set(
  process.argv
    .find((arg) => arg.startsWith(METHODS_ARGUMENT))
    ?.slice(METHODS_ARGUMENT.length)
    .split(',') ?? [],
);

/**
 * The page gets these two functions and nothing else: never ipcRenderer itself. Unknown method
 * names stop here with the same error payload the backend would send.
 */
const bridge: PowermapBridge = {
  call(method, input, scope) {
    if (typeof method !== 'string' || !methodNames.has(method)) {
      const refused: CallResultPayload = {
        ok: false,
        error: { code: 'unknown_method', message: `Unknown method: ${String(method)}` },
      };
      return Promise.resolve(refused);
    }
    return ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input, scope) as Promise<CallResultPayload>;
  },
  onMenuCommand(listener) {
    // Only known commands with a yes-or-no flag cross into the page.
    const forward = (_event: IpcRendererEvent, command: unknown, byKey: unknown) => {
      if (isMenuCommand(command) && typeof byKey === 'boolean') listener(command, byKey);
    };
    ipcRenderer.on(IPC_MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_MENU_CHANNEL, forward);
    };
  },
  fileCommand(command) {
    if (!(FILE_COMMANDS as readonly unknown[]).includes(command)) return Promise.resolve();
    return ipcRenderer.invoke(IPC_FILE_CHANNEL, command) as Promise<void>;
  },
  printReview(request) {
    return ipcRenderer.invoke(IPC_PRINT_REVIEW_CHANNEL, request) as Promise<string | null>;
  },
};

contextBridge.exposeInMainWorld('powermap', bridge);
