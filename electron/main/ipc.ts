import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CALL_CHANNEL } from '../../shared/api/bridge';
import type { CallResultPayload } from '../../shared/api/wire';
import type { Dispatch } from '../backend/dispatch';
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

/** The IPC transport: one channel, the contract's dispatch behind it. Returns a function that removes it. */
export function registerIpc(dispatch: Dispatch): () => void {
  ipcMain.handle(IPC_CALL_CHANNEL, (event, method: unknown, input: unknown, scope: unknown): CallResultPayload => {
    if (!isTrustedSender(event)) return FORBIDDEN;
    return dispatch(method, input, scope);
  });
  return () => ipcMain.removeHandler(IPC_CALL_CHANNEL);
}
