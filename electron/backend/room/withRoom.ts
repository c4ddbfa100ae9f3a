import { contract, isMethodName } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { SharesMethod } from '../../../shared/api/methods/shares';
import { parseCall } from '../../../shared/api/validate';
import { isScope } from '../../../shared/domain/privacy';
import type { CallResult } from '../dispatch';
import type { AsyncDispatch } from '../threads/threadedBackend';
import { Room, type RoomOptions } from './room';

export type { RoomOptions } from './room';

const OK = { ok: true } as const;

const isSharesMethod = (method: unknown): method is SharesMethod =>
  typeof method === 'string' && method.startsWith('shares.') && isMethodName(method);

/**
 * The host process's dispatch with the room in front of it: the shares.* methods are answered
 * here, where the room's server lives (owner scope only), and every other call goes on to the
 * backend. After each write that went through, the viewers are told which tables it changed.
 */
export function withRoom(
  dispatch: AsyncDispatch,
  options: RoomOptions,
): { dispatch: AsyncDispatch; close(): Promise<void> } {
  const room = new Room(dispatch, options);
  const log = options.log ?? console.warn;

  async function share(method: SharesMethod, rawInput: unknown, scope: unknown): Promise<CallResult> {
    if (!isScope(scope)) throw new ApiError('invalid_input', 'Unknown privacy scope');
    // Presenting on the wall runs in the public scope, and the room follows that presenter; moving
    // the viewers' view shows them nothing new. Everything else about the share is the owner's.
    const presenterMove = method === 'shares.present';
    if (scope !== 'owner' && !presenterMove) throw new ApiError('forbidden', 'Only the owner can share to the room');
    // Validated against the contract like every call, before the room acts on it.
    const inputOf = <M extends SharesMethod>(name: M) => parseCall(name, rawInput).input;
    switch (method) {
      case 'shares.start':
        return { ok: true, result: await room.start(inputOf(method)) };
      case 'shares.status':
        inputOf(method);
        return { ok: true, result: room.status() };
      case 'shares.stop':
        inputOf(method);
        await room.stop();
        return { ok: true, result: OK };
      case 'shares.present':
        room.present(inputOf(method));
        return { ok: true, result: OK };
      case 'shares.placeNote':
        return room.placeNote(inputOf(method));
      case 'shares.dismissNote':
        room.dismissNote(inputOf(method));
        return { ok: true, result: OK };
    }
  }

  return {
    dispatch: async (method, input, scope = 'owner') => {
      if (isSharesMethod(method)) {
        try {
          return await share(method, input, scope);
        } catch (error) {
          if (error instanceof ApiError) return { ok: false, error: error.toPayload() };
          log(`[powermap] the room failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          return {
            ok: false,
            error: { code: 'internal', message: 'Something went wrong in the room; nothing was changed' },
          };
        }
      }
      const outcome = await dispatch(method, input, scope);
      if (outcome.ok && isMethodName(method)) {
        const spec = contract[method];
        if (spec.kind === 'write') room.changed(spec.writes);
      }
      return outcome;
    },
    close: () => room.close(),
  };
}
