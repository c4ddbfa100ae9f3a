import { ApiError } from '../../../shared/api/errors';
import type { TeamSyncMethod } from '../../../shared/api/methods/teamSync';
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';

const answeredByTheSync = (): never => {
  throw new ApiError('forbidden', 'Team sync is answered by the backend’s primary thread, where it runs');
};

/**
 * The team's methods need the network, so the backend's primary thread answers them through its
 * team sync (see teamSync.ts), never through these synchronous handlers: a call that reaches one
 * went around it (a reader thread, or a backend started without sync) and is refused.
 */
export const teamSyncHandlers: { [M in TeamSyncMethod]: (input: ParsedInputOf<M>) => OutputOf<M> } = {
  'team.connect': answeredByTheSync,
  'team.disconnect': answeredByTheSync,
  'team.status': answeredByTheSync,
  'team.shareAccount': answeredByTheSync,
  'team.members': answeredByTheSync,
  'team.viewing': answeredByTheSync,
};
