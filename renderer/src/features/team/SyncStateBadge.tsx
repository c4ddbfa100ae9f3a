import { Badge, Tooltip } from '@mantine/core';
import { IconCloudCheck, IconCloudOff, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SyncState } from '../../../../shared/api/methods/teamSync';
import { formatClock } from '../room/formatClock';

const ICONS = { synced: IconCloudCheck, syncing: IconRefresh, offline: IconCloudOff } as const;
const COLORS = { synced: 'teal', syncing: 'blue', offline: 'gray' } as const;

interface Props {
  state: SyncState;
  lastSyncedAt: string | null;
}

/** Synced, Syncing… or Offline, in words and an icon (never colour alone), with the last sync's time. */
export function SyncStateBadge({ state, lastSyncedAt }: Props) {
  const { t, i18n } = useTranslation();
  const Icon = ICONS[state];
  const when = lastSyncedAt
    ? t('teamSync.badge.lastSynced', { time: formatClock(lastSyncedAt, i18n.language) })
    : t('teamSync.settings.neverSynced');
  return (
    <Tooltip label={when}>
      <Badge
        variant="light"
        color={COLORS[state]}
        leftSection={<Icon size={14} aria-hidden />}
        style={{ flexShrink: 0 }}
        tabIndex={0}
        aria-label={`${t(`teamSync.state.${state}`)}. ${when}`}
        data-testid="team-sync-state"
        data-state={state}
      >
        {t(`teamSync.state.${state}`)}
      </Badge>
    </Tooltip>
  );
}
