import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { reportError } from '../../app/notify';
import { datedFileName, saveBlob } from './saveFile';

interface Props {
  opened: boolean;
  /** The account to export; without it, the whole workspace. */
  account?: { id: string; name: string };
  onClose(): void;
}

/**
 * Exports one account or the whole workspace as a workspace file. Private content goes in only
 * when the user ticks it here, for this file; the box starts unticked every time.
 */
export function ExportWorkspaceModal({ opened, account, onClose }: Props) {
  const { t } = useTranslation();
  const [includePrivate, setIncludePrivate] = useState(false);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setIncludePrivate(false);
    onClose();
  };
  const run = async () => {
    setBusy(true);
    try {
      const file = await api.call('workspace.export', {
        ...(account ? { accountId: account.id } : {}),
        includePrivate,
      });
      const name = datedFileName(account?.name ?? t('app.name'), 'json');
      saveBlob(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), name);
      notifications.show({ message: t('workspace.export.done', { file: name }), autoClose: 4000 });
      close();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={account ? t('workspace.export.titleAccount', { name: account.name }) : t('workspace.export.titleAll')}
      size="lg"
    >
      <Stack gap="md" data-testid="export-workspace-dialog">
        <Text size="sm">{t('workspace.export.body')}</Text>
        <Checkbox
          checked={includePrivate}
          onChange={(event) => setIncludePrivate(event.currentTarget.checked)}
          label={t('workspace.export.includePrivate')}
          description={includePrivate ? t('workspace.export.privateMarked') : t('workspace.export.privateHint')}
          data-testid="export-workspace-private"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void run()} loading={busy} data-testid="export-workspace-confirm" data-autofocus>
            {t('workspace.export.confirm')}
          </Button>
        </Group>
        {busy && (
          <Text size="sm" c="dimmed" role="status">
            {t('workspace.export.working')}
          </Text>
        )}
      </Stack>
    </Modal>
  );
}
