import { useState } from 'react';
import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '../../../../shared/api/methods/teamSync';
import { api, queryClient } from '../../api/client';
import { reportError } from '../../app/notify';
import { useConfirm } from '../../app/ConfirmDialog';
import { SyncStateBadge } from './SyncStateBadge';
import { teamStatusKey } from './useTeamStatus';

/** The connection: which server, as whom, how the sync stands, and the way out (the accounts stay). */
export function ConnectedTeam({ status }: { status: TeamStatus }) {
  const { t, i18n } = useTranslation();
  const { confirm, dialog } = useConfirm();
  const [busy, setBusy] = useState(false);

  const disconnect = async () => {
    const yes = await confirm({
      title: t('teamSync.settings.disconnectTitle'),
      message: t('teamSync.settings.disconnectBody'),
      confirmLabel: t('teamSync.settings.disconnect'),
      irreversible: true,
      testId: 'team-disconnect-confirm',
    });
    if (!yes) return;
    setBusy(true);
    try {
      queryClient.setQueryData(teamStatusKey(), await api.call('team.disconnect', {}, 'owner'));
      notifications.show({ message: t('teamSync.settings.disconnected') });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="team-connected">
      <Text size="sm" data-testid="team-connected-as">
        {t('teamSync.settings.connectedAs', { url: status.url ?? '', member: status.member ?? '' })}
      </Text>
      <Group gap="sm">
        <SyncStateBadge state={status.state} lastSyncedAt={status.lastSyncedAt} />
        <Text size="sm" c="dimmed" data-testid="team-last-synced">
          {status.lastSyncedAt
            ? t('teamSync.settings.lastSynced', {
                time: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
                  new Date(status.lastSyncedAt),
                ),
              })
            : t('teamSync.settings.neverSynced')}
        </Text>
      </Group>
      <Text size="sm">{t('teamSync.settings.sharedCount', { count: status.accounts.length })}</Text>
      {status.accounts.length > 0 && (
        <Stack gap={2} component="ul" style={{ margin: 0, paddingInlineStart: 20 }}>
          {status.accounts.map((account) => (
            <Text size="sm" component="li" key={account.accountId}>
              {account.name || <Code>{account.accountId}</Code>} · {t(`teamSync.state.${account.state}`)}
            </Text>
          ))}
        </Stack>
      )}
      <Text size="sm" c="dimmed">
        {t('teamSync.settings.privacy')}
      </Text>
      <Button
        color="red"
        variant="light"
        w="fit-content"
        loading={busy}
        onClick={() => void disconnect()}
        data-testid="team-disconnect"
      >
        {t('teamSync.settings.disconnect')}
      </Button>
      {dialog}
    </Stack>
  );
}
