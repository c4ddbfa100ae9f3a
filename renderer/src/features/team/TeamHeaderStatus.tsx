import { Group } from '@mantine/core';
import { PresentMembers } from './PresentMembers';
import { SyncStateBadge } from './SyncStateBadge';
import { useSharedAccount } from './useTeamStatus';

/** In a shared account's header: how its sync stands, and which teammates have it open now. */
export function TeamHeaderStatus({ accountId }: { accountId: string }) {
  const shared = useSharedAccount(accountId);
  if (!shared) return null;
  return (
    <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }} data-testid="team-header-status">
      <SyncStateBadge state={shared.state} lastSyncedAt={shared.lastSyncedAt} />
      <PresentMembers names={shared.present} />
    </Group>
  );
}
