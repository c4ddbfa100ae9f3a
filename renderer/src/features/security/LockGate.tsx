import type { ReactNode } from 'react';
import { useApi } from '../../api/client';
import { UnlockScreen } from './UnlockScreen';

/**
 * Shows the unlock screen instead of the app while the open database is encrypted and locked.
 * When the backend cannot be asked, the app itself says so (it shows the backend as unavailable).
 */
export function LockGate({ children }: { children: ReactNode }) {
  const status = useApi('security.status', {});
  const file = useApi('files.status', {}, status.data?.locked === true);
  if (status.isPending) return null;
  if (status.data?.locked) {
    return file.data ? <UnlockScreen status={status.data} path={file.data.path} /> : null;
  }
  return <>{children}</>;
}
