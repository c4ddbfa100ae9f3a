import { SqliteError } from 'better-sqlite3';
import type { MethodName } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { CallResultPayload } from '../../shared/api/wire';
import { parseCall } from '../../shared/api/validate';
import type { Handlers } from './handlers';

export type CallResult = CallResultPayload;
export type Dispatch = (method: unknown, input: unknown) => CallResult;

export const SLOW_CALL_MS = 40;

export interface DispatchOptions {
  log?: (message: string) => void;
}

/**
 * The single entry both transports use: validate against the contract, run the handler, and
 * turn every failure into an error payload without internals.
 */
export function createDispatch(handlers: Handlers, { log = console.warn }: DispatchOptions = {}): Dispatch {
  return (method, input) => {
    const started = performance.now();
    try {
      const call = parseCall(method, input);
      const handler = handlers[call.method] as (input: unknown) => unknown;
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
