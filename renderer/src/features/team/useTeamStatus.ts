import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { TeamStatus } from '../../../../shared/api/methods/teamSync';
import { TEAM_SYNCED_TABLES } from '../../../../shared/domain/teamSyncedTables';
import { api, queryKey, refreshReadsOf } from '../../api/client';
import { useScope } from '../../api/scope';

/** While connected, a teammate's change may arrive at any moment: look this often. */
const WHILE_CONNECTED_MS = 1000;
/** Not connected, only another window (or a script) can connect this file: look now and then. */
const WHILE_DISCONNECTED_MS = 5000;

export const teamStatusKey = () => queryKey('team.status', {}, 'owner');

/**
 * The team sync's state, read in the owner's scope only (a shared screen has no business with the
 * team's connection). A backend without the sync refuses the call; that reads as not connected.
 */
export function useTeamStatus() {
  const scope = useScope();
  return useQuery({
    queryKey: teamStatusKey(),
    queryFn: () => api.call('team.status', {}, 'owner'),
    enabled: scope === 'owner',
    refetchInterval: (query) => (query.state.data?.connected ? WHILE_CONNECTED_MS : WHILE_DISCONNECTED_MS),
  });
}

/** The shared account of this id, if the team has it. */
export function useSharedAccount(accountId: string) {
  return useTeamStatus().data?.accounts.find((account) => account.accountId === accountId) ?? null;
}

/** What, in a status, tells that a teammate's change has reached the local store since the last one. */
const fingerprint = (status: TeamStatus) =>
  `${status.revision}:${status.accounts
    .map((account) => account.accountId)
    .sort()
    .join(',')}`;

/**
 * Mounted once, at the app's root: when the revision grows (a teammate's change is in the store)
 * or the shared accounts change (a teammate shared one), every view reading a table the sync can
 * write reloads, so the home screen lists the new account and an open map shows the change.
 */
export function useTeamLiveReload(): void {
  const status = useTeamStatus().data;
  const seen = status ? fingerprint(status) : null;
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (seen === null) return;
    if (last.current !== null && last.current !== seen) void refreshReadsOf(TEAM_SYNCED_TABLES);
    last.current = seen;
  }, [seen]);
}
