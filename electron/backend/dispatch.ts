import { SqliteError } from 'better-sqlite3';
import { contract, isMethodName, type MethodName } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { FileMode } from '../../shared/api/methods/files';
import type { CallResultPayload } from '../../shared/api/wire';
import { parseCall } from '../../shared/api/validate';
import { isScope, type Scope } from '../../shared/domain/privacy';
import type { Handlers } from './handlers';
import { LOCKED_METHODS } from './lockedHandlers';

export type CallResult = CallResultPayload;
/** A call as a transport hands it over; the scope defaults to the owner's. */
export type Dispatch = (method: unknown, input: unknown, scope?: unknown) => CallResult;

export const SLOW_CALL_MS = 40;

export interface DispatchOptions {
  log?: (message: string) => void;
}

interface DispatchHooks extends DispatchOptions {
  /** A write went through (for the automatic backups and the team sync). */
  onWrite?: (method: MethodName) => void;
  /** SQLite found the file damaged while using it: from now on it is not written to. */
  onDamaged?: (detail: string) => void;
}

/** Each scope's handlers: the owner's read and write the file, the public ones see no private thing. */
export type ScopedHandlers = Record<Scope, Handlers>;

/** What the open file allows now, read afresh for every call (a restore or a damaged page changes it). */
export type DispatchContext = () => { handlers: ScopedHandlers; mode: FileMode };

/** Methods that look after the file itself: they say for themselves what a damaged or read-only file allows. */
const FILE_METHODS = new Set<MethodName>([
  'files.status',
  'files.saveCopy',
  'backups.list',
  'backups.create',
  'backups.restore',
]);

function refusalFor(mode: FileMode, method: MethodName, scope: Scope): ApiError | null {
  // A write from a shared screen is refused before its input is even read.
  if (scope === 'public' && contract[method].kind === 'write') {
    return new ApiError('public_read_only', 'Nothing can be changed from a shared screen');
  }
  // The key, the passphrase and the recovery key are the owner's alone.
  if (scope === 'public' && method.startsWith('security.')) {
    return new ApiError('forbidden', 'A shared screen has no access to the database’s encryption');
  }
  if (scope === 'public' && FILE_METHODS.has(method)) {
    return new ApiError('forbidden', 'A shared screen has no access to the database file');
  }
  if (mode === 'locked') {
    return LOCKED_METHODS.has(method)
      ? null
      : new ApiError('storage_locked', 'The database is encrypted and not unlocked yet');
  }
  if (mode === 'ready' || FILE_METHODS.has(method) || method === 'app.info' || method.startsWith('security.')) {
    return null;
  }
  if (mode === 'damaged' && (contract[method].kind === 'write' || scope === 'public')) {
    return new ApiError('storage_damaged', 'The database file is damaged, so Powermap does not write to it');
  }
  if (mode === 'readOnly' && contract[method].kind === 'write') {
    return new ApiError('storage_read_only', 'The database file is read-only, so nothing can be saved');
  }
  return null;
}

/**
 * The single entry both transports use: validate against the contract, refuse what the caller's
 * scope or the file's state does not allow, run the handler of the caller's scope, and turn every
 * failure into an error payload without internals.
 */
export function createDispatch(context: DispatchContext, hooks: DispatchHooks = {}): Dispatch {
  const log = hooks.log ?? console.warn;
  return (method, input, scope = 'owner') => {
    const started = performance.now();
    try {
      if (!isScope(scope)) throw new ApiError('invalid_input', 'Unknown privacy scope');
      const { handlers, mode } = context();
      if (isMethodName(method)) {
        const refusal = refusalFor(mode, method, scope);
        if (refusal) throw refusal;
      }
      const call = parseCall(method, input);
      const handler = handlers[scope][call.method] as (input: unknown) => unknown;
      const result = handler(call.input);
      if (contract[call.method].kind === 'write') hooks.onWrite?.(call.method);
      return { ok: true, result };
    } catch (error) {
      return { ok: false, error: toApiError(error, log, hooks).toPayload() };
    } finally {
      const ms = performance.now() - started;
      if (ms > SLOW_CALL_MS) log(`[powermap] slow call ${String(method)}: ${ms.toFixed(1)} ms`);
    }
  };
}

function toApiError(error: unknown, log: (message: string) => void, hooks: DispatchHooks): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof SqliteError) {
    const code = error.code;
    if (code.startsWith('SQLITE_CONSTRAINT')) {
      const conflict = code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
      return new ApiError(conflict ? 'conflict' : 'invalid_input', `The change breaks a rule of the data (${code})`);
    }
    if (code.startsWith('SQLITE_READONLY')) {
      return new ApiError(
        'storage_read_only',
        'The database file cannot be written (it is read-only); nothing was changed',
      );
    }
    if (code === 'SQLITE_FULL') {
      return new ApiError(
        'storage_full',
        'The disk is full, so the change was not saved; everything saved before is kept',
      );
    }
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      log(`[powermap] the database file is damaged: ${error.message}`);
      hooks.onDamaged?.(error.message);
      return new ApiError('storage_damaged', 'The database file is damaged; Powermap stopped writing to it');
    }
    if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
      log(`[powermap] the database file could not be read or written: ${error.message}`);
      return new ApiError('storage_unavailable', 'The database file could not be read or written; nothing was changed');
    }
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      return new ApiError('storage_busy', 'Another program is using the database file; try again in a moment');
    }
  }
  log(`[powermap] internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return new ApiError('internal', 'Something went wrong inside Powermap; nothing was changed');
}

export type { MethodName };
