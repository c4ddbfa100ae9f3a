import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import { api, queryClient, queryKey } from '../../api/client';
import { teamStatusKey, useTeamStatus } from './useTeamStatus';

interface Props {
  /** The account to share, or null while the dialog is closed. */
  account: { id: string; name: string } | null;
  onClose(): void;
  /** Opens Settings → Team (when this computer is not connected yet). */
  onOpenTeamSettings(): void;
}

/**
 * Share with the team…: the server's members to tick (the member sharing always among them), and
 * for an account shared already, who has access now, to change. Not connected, it says so and
 * leads to Settings → Team.
 */
export function ShareWithTeamModal({ account, onClose, onOpenTeamSettings }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={account !== null}
      onClose={onClose}
      title={account ? t('teamSync.share.title', { name: account.name }) : ''}
      centered
      data-testid="team-share-dialog"
    >
      {account && <ShareForm account={account} onClose={onClose} onOpenTeamSettings={onOpenTeamSettings} />}
    </Modal>
  );
}

function ShareForm({
  account,
  onClose,
  onOpenTeamSettings,
}: Omit<Props, 'account'> & { account: { id: string; name: string } }) {
  const { t } = useTranslation();
  const status = useTeamStatus();
  const connected = status.data?.connected === true;
  const me = status.data?.member ?? '';
  const shared = status.data?.accounts.find((entry) => entry.accountId === account.id) ?? null;
  const members = useQuery({
    queryKey: queryKey('team.members', {}, 'owner'),
    queryFn: () => api.call('team.members', {}, 'owner'),
    enabled: connected,
  });
  // What is ticked: the account's members as the server has them, until the user changes it.
  const [picked, setPicked] = useState<string[] | null>(null);
  const chosen = new Set(picked ?? shared?.members ?? []);
  chosen.add(me);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  if (status.isPending) return <Loader size="sm" />;
  if (!connected) {
    return (
      <Stack gap="md" data-testid="team-share-not-connected">
        <Text size="sm">{t('teamSync.share.notConnected')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            data-autofocus
            onClick={() => {
              onClose();
              onOpenTeamSettings();
            }}
            data-testid="team-share-open-settings"
          >
            {t('teamSync.share.openSettings')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const everyone = [...new Set([me, ...(members.data?.members ?? []), ...(shared?.members ?? [])])].filter(Boolean);
  const share = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await api.call('team.shareAccount', { accountId: account.id, members: [...chosen] }, 'owner');
      await queryClient.invalidateQueries({ queryKey: teamStatusKey() });
      notifications.show({ message: t('teamSync.share.shared', { name: account.name, count: result.members.length }) });
      onClose();
    } catch (error) {
      setFailure(t(`errors.${error instanceof ApiError ? error.code : 'internal'}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void share();
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('teamSync.share.intro')}</Text>
        {shared && (
          <Text size="sm" data-testid="team-share-has-access">
            {t('teamSync.share.hasAccess', { names: shared.members })}
          </Text>
        )}
        {members.isPending ? (
          <Loader size="sm" />
        ) : members.isError ? (
          <Alert color="red" role="alert">
            {t(`errors.${members.error instanceof ApiError ? members.error.code : 'internal'}`)}
          </Alert>
        ) : (
          <Checkbox.Group
            label={t('teamSync.share.members')}
            value={[...chosen]}
            onChange={setPicked}
            data-testid="team-share-members"
          >
            <Stack gap="xs" mt="xs">
              {everyone.map((name) => (
                <Checkbox
                  key={name}
                  value={name}
                  label={name === me ? t('teamSync.share.you', { name }) : name}
                  disabled={name === me}
                />
              ))}
              {everyone.length <= 1 && (
                <Text size="sm" c="dimmed">
                  {t('teamSync.share.noMembers')}
                </Text>
              )}
            </Stack>
          </Checkbox.Group>
        )}
        {failure && (
          <Alert color="red" role="alert" data-testid="team-share-error">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={!members.data} data-testid="team-share-submit">
            {shared ? t('teamSync.share.save') : t('teamSync.share.share')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
