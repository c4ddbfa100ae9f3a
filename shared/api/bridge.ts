import type { MethodName } from './contract';
import type { Scope } from '../domain/privacy';
import type { CallResultPayload } from './wire';
import { ACTIONS, type ActionId } from '../actions/actions';

/** What the preload exposes on `window.powermap`: the contract, and menu commands from the shell. */
export interface PowermapBridge {
  call(method: MethodName, input: unknown, scope: Scope): Promise<CallResultPayload>;
  /** `byKey`: the item was reached by its accelerator, so the shortcut focus rule applies. */
  onMenuCommand(listener: (command: MenuCommand, byKey: boolean) => void): () => void;
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

/**
 * What the desktop menu may send the page: a registry action that has a menu item, or the news
 * that another database file is open now (File → Open, New, Open Recent).
 */
export type MenuCommand = ActionId | 'database-changed';
export const MENU_COMMANDS: readonly MenuCommand[] = [
  ...ACTIONS.filter((action) => 'menu' in action).map((action) => action.id),
  'database-changed',
];
export const isMenuCommand = (value: unknown): value is MenuCommand =>
  (MENU_COMMANDS as readonly unknown[]).includes(value);

export const IPC_CALL_CHANNEL = 'powermap:call';
export const IPC_MENU_CHANNEL = 'powermap:menu';
