import { ApiError } from '../../../shared/api/errors';
import type { TeamSyncMethod } from '../../../shared/api/methods/teamSync';
import { parseCall } from '../../../shared/api/validate';
import type { CallResult } from '../dispatch';
import type { TeamSync } from './teamSync';

/**
 * A call of the team's methods: the owner's alone, validated against the contract like every call,
 * and answered by the open file's team sync; every failure becomes an error payload.
 */
export async function callTeamSync(
  team: TeamSync | null,
  method: TeamSyncMethod,
  rawInput: unknown,
  scope: unknown,
): Promise<CallResult> {
  try {
    if (scope !== 'owner') throw new ApiError('forbidden', 'A shared screen has no access to the team’s connection');
    const call = parseCall(method, rawInput);
    if (!team) throw new ApiError('storage_unavailable', 'No database file is open and ready for the team sync');
    return { ok: true, result: await team.call(method, call.input as never) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toPayload() };
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.warn(`[powermap] the team sync failed: ${detail}`);
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in the team sync; nothing was changed' },
    };
  }
}
