import { SqliteError } from 'better-sqlite3';
import { contract, isMethodName, type MethodName } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { CallResultPayload } from '../../shared/api/wire';
import { parseCall } from '../../shared/api/validate';
import { isScope, type Scope } from '../../shared/domain/privacy';
import type { Handlers } from './handlers';

export type CallResult = CallResultPayload;
/** A call as a transport hands it over; the scope defaults to the owner's. */
export type Dispatch = (method: unknown, input: unknown, scope?: unknown) => CallResult;

export const SLOW_CALL_MS = 40;

export interface DispatchOptions {
  log?: (message: string) => void;
}

/** Each scope's handlers: the owner's read and write the file, the public ones see no private thing. */
export type ScopedHandlers = Record<Scope, Handlers>;

/**
 * The single entry both transports use: validate against the contract, refuse writes from the
 * public scope, run the handler of the caller's scope, and turn every failure into an error
 * payload without internals.
 */
export function createDispatch(handlers: ScopedHandlers, { log = console.warn }: DispatchOptions = {}): Dispatch {
  return (method, input, scope = 'owner') => {
    const started = performance.now();
    try {
      if (!isScope(scope)) throw new ApiError('invalid_input', 'Unknown privacy scope');
      // A write from a shared screen is refused before its input is even read.
      if (scope === 'public' && isMethodName(method) && contract[method].kind === 'write') {
        throw new ApiError('public_read_only', 'Nothing can be changed from a shared screen');
      }
      const call = parseCall(method, input);
      const handler = handlers[scope][call.method] as (input: unknown) => unknown;
      return { ok: true, result: handler(call.input) };
    } catch (error) {
      return { ok: false, error: toApiError(error, log).toPayload() };
    } finally {
      const ms = performance.now() - started;
      if (ms > SLOW_CALL_MS) log(`[powermap] slow call ${String(method)}: ${ms.toFixed(1)} ms`);
    }
  };
}

function toApiError(error: unknown, log: (message: string) => void): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof SqliteError) {
    if (error.code.startsWith('SQLITE_CONSTRAINT')) {
      const code =
        error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
          ? 'conflict'
          : 'invalid_input';
      return new ApiError(code, `The change breaks a rule of the data (${error.code})`);
    }
  }
  log(`[powermap] internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return new ApiError('internal', 'Something went wrong inside Powermap; nothing was changed');
}

export type { MethodName };
