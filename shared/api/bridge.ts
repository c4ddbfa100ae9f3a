import type { MethodName } from './contract';
import type { Scope } from '../domain/privacy';
import type { CallResultPayload } from './wire';

/** What the preload exposes on `window.powermap`: the contract, and menu commands from the shell. */
export interface PowermapBridge {
  call(method: MethodName, input: unknown, scope: Scope): Promise<CallResultPayload>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** What the desktop shell does with the database file through its own dialogs (web mode has none). */
  fileCommand(command: FileCommand): Promise<void>;
  /**
   * The desktop shell prints an account's review page to a PDF and asks where to save it: the
   * file's path, or null when the user cancelled.
   */
  printReview(request: PrintReviewRequest): Promise<string | null>;
}

/** Which account's review to print, on which paper, and whether private notes may be in it. */
export interface PrintReviewRequest {
  accountId: string;
  paper: 'a4' | 'letter';
  includePrivate: boolean;
}
export const IPC_PRINT_REVIEW_CHANNEL = 'powermap:print-review';

export const FILE_COMMANDS = ['new-database', 'open-database', 'save-copy', 'reveal-backups'] as const;
export type FileCommand = (typeof FILE_COMMANDS)[number];
export const IPC_FILE_CHANNEL = 'powermap:file';

export const MENU_COMMANDS = [
  'undo',
  'redo',
  'new-account',
  'add-person',
  'settings',
  'go-home',
  /** Another database file is open now (File → Open, New, Open Recent). */
  'database-changed',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const IPC_CALL_CHANNEL = 'powermap:call';
export const IPC_MENU_CHANNEL = 'powermap:menu';
