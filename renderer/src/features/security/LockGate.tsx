import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, queryKey, useApi } from '../../api/client';
import { UnlockScreen } from './UnlockScreen';

/**
 * Shows the unlock screen instead of the app while the open database is encrypted and locked.
 * It asks in the owner's scope whatever the window shows: presenting changes what the screens
 * read, not whether the file is locked, and must not unmount the app on its way.
 * When the backend cannot be asked, the app itself says so (it shows the backend as unavailable).
 */
export function LockGate({ children }: { children: ReactNode }) {
  const status = useQuery({
    queryKey: queryKey('security.status', {}, 'owner'),
    queryFn: () => api.call('security.status', {}, 'owner'),
  });
  const file = useApi('files.status', {}, status.data?.locked === true);
  if (status.isPending) return null;
  if (status.data?.locked) {
    return file.data ? <UnlockScreen status={status.data} path={file.data.path} /> : null;
  }
  return <>{children}</>;
}
