import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  FILE_COMMANDS,
  IPC_CALL_CHANNEL,
  IPC_FILE_CHANNEL,
  IPC_PRINT_REVIEW_CHANNEL,
  type FileCommand,
} from '../../shared/api/bridge';
import type { CallResultPayload } from '../../shared/api/wire';
import type { AsyncDispatch } from '../backend/threads/threadedBackend';
import { printReview, PrintReviewInput } from './printReview';
import { isAppUrl } from './window';

const FORBIDDEN: CallResultPayload = {
  ok: false,
  error: { code: 'forbidden', message: 'Calls are accepted only from the Powermap window' },
};

/** Only the top frame of one of our windows, showing our own page, may call the backend. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return (
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url) &&
    BrowserWindow.fromWebContents(event.sender) !== null
  );
}

/**
 * The IPC transport: one channel with the contract's dispatch behind it, one for the file
 * commands that need the shell's dialogs, and one that prints an account review to PDF.
 * Returns a function that removes them.
 */
export function registerIpc(dispatch: AsyncDispatch, fileCommand: (command: FileCommand) => Promise<void>): () => void {
  ipcMain.handle(
    IPC_CALL_CHANNEL,
    async (event, method: unknown, input: unknown, scope: unknown): Promise<CallResultPayload> => {
      if (!isTrustedSender(event)) return FORBIDDEN;
      return dispatch(method, input, scope);
    },
  );
  ipcMain.handle(IPC_FILE_CHANNEL, async (event, command: unknown): Promise<void> => {
    if (!isTrustedSender(event) || !(FILE_COMMANDS as readonly unknown[]).includes(command)) return;
    await fileCommand(command as FileCommand);
  });
  ipcMain.handle(IPC_PRINT_REVIEW_CHANNEL, async (event, request: unknown): Promise<string | null> => {
    const parsed = PrintReviewInput.safeParse(request);
    if (!isTrustedSender(event) || !parsed.success) return null;
    return printReview(parsed.data, BrowserWindow.fromWebContents(event.sender));
  });
  return () => {
    ipcMain.removeHandler(IPC_CALL_CHANNEL);
    ipcMain.removeHandler(IPC_FILE_CHANNEL);
    ipcMain.removeHandler(IPC_PRINT_REVIEW_CHANNEL);
  };
}
