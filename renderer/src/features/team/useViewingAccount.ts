import { useEffect } from 'react';
import { api } from '../../api/client';
import { usePresenting } from '../../api/scope';
import { useTeamStatus } from './useTeamStatus';

/**
 * Tells the team sync which account this window has open, and that it has none once the screen
 * closes, so teammates see who is in an account with them. Only while connected; a failure is
 * nobody's business but the presence (the next open tells it again).
 */
export function useViewingAccount(accountId: string): void {
  const connected = useTeamStatus().data?.connected === true;
  const presenting = usePresenting();
  useEffect(() => {
    if (!connected || presenting) return;
    void api.call('team.viewing', { accountId }, 'owner').catch(() => undefined);
    return () => void api.call('team.viewing', { accountId: null }, 'owner').catch(() => undefined);
  }, [accountId, connected, presenting]);
}
