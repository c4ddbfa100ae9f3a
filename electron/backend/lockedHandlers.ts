import { ApiError } from '../../shared/api/errors';
import { METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import type { AppInfo } from '../../shared/api/entities';
import type { FileControl, Handlers, HandlersOf } from './handlers';
import type { SecurityMethod } from './securityHandlers';

/** What answers while the open file is encrypted and locked: who we are, the file's state, and unlocking. */
export const LOCKED_METHODS = new Set<string>(['app.info', 'files.status', 'security.status', 'security.unlock']);

export function lockedHandlers(deps: {
  info: () => AppInfo;
  files: FileControl;
  security: HandlersOf<SecurityMethod>;
}): Handlers {
  const refuse = (): never => {
    throw new ApiError('storage_locked', 'The database is encrypted and not unlocked yet');
  };
  // Built from the method list, so TypeScript cannot see it is complete; every method is in it.
  const all = Object.fromEntries(METHOD_NAMES.map((method) => [method, refuse])) as Record<MethodName, () => never>;
  return {
    ...all,
    'app.info': () => deps.info(),
    'files.status': () => deps.files.status(),
    'security.status': deps.security['security.status'],
    'security.unlock': deps.security['security.unlock'],
  };
}
