import { ApiError } from '../../../shared/api/errors';
import type { SharesMethod } from '../../../shared/api/methods/shares';
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';

const runsInTheAppsProcess = (): never => {
  throw new ApiError('forbidden', 'Sharing to the room runs in the app’s own process, not in the backend’s threads');
};

/**
 * The backend's threads hold the database, not the room: its server and its sessions live where
 * the transports do. A shares.* call that reaches a thread went around withRoom, so it is refused.
 */
export const sharesHandlers: { [M in SharesMethod]: (input: ParsedInputOf<M>) => OutputOf<M> } = {
  'shares.start': runsInTheAppsProcess,
  'shares.status': runsInTheAppsProcess,
  'shares.stop': runsInTheAppsProcess,
  'shares.present': runsInTheAppsProcess,
  'shares.placeNote': runsInTheAppsProcess,
  'shares.dismissNote': runsInTheAppsProcess,
};
