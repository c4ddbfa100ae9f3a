import { useEffect, useState } from 'react';
import { Button, Group, NumberInput, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconFolderOpen, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupRetention } from '../../../../shared/api/entities';
import type { BackupInfo } from '../../../../shared/api/methods/files';
import { api, queryClient, refreshReadsOf, queryKey, useApi } from '../../api/client';
import { reportError } from '../../app/notify';
import { formatSize, formatWhen } from './format';
import { RestoreConfirm } from './RestoreConfirm';
import { backupCounts } from './counts';

/** Settings → Backups: what is kept, a backup on demand, and a restore that loses nothing. */
export function BackupsPanel() {
  const { t, i18n } = useTranslation();
  const backups = useApi('backups.list', {});
  const status = useApi('files.status', {});
  const settings = useApi('settings.get', {});
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const when = (backup: BackupInfo) => formatWhen(backup.createdAt, i18n.language);
  const canWrite = status.data?.mode === 'ready';
  // Backups are also taken on their own (on a timer, before deleting an account): look afresh.
  useEffect(() => {
    void refreshReadsOf(['backup_files']);
  }, []);

  const backUpNow = async () => {
    setBusy(true);
    try {
      const made = await api.call('backups.create', {});
      notifications.show({ message: t('files.backups.backedUp', backupCounts(t, made)), autoClose: 3000 });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const saveRetention = async (patch: Partial<BackupRetention>) => {
    const current = settings.data?.backups;
    if (!current) return;
    try {
      const saved = await api.call('settings.update', { backups: { ...current, ...patch } });
      queryClient.setQueryData(queryKey('settings.get', {}), saved);
    } catch (error) {
      reportError(error);
    }
  };

  const bridge = window.powermap;
  return (
    <Stack gap="md" data-testid="backups-panel">
      <Text size="sm">{t('files.backups.intro')}</Text>
      {status.data && (
        <div>
          <Text size="sm" fw={500}>
            {t('files.backups.folder')}
          </Text>
          <Group gap="xs" wrap="nowrap" justify="space-between">
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }} data-testid="backups-folder">
              {status.data.backupsFolder}
            </Text>
            {bridge && (
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconFolderOpen size={14} />}
                onClick={() => void bridge.fileCommand('reveal-backups').catch(reportError)}
              >
                {t('files.backups.reveal')}
              </Button>
            )}
          </Group>
        </div>
      )}
      <Group>
        <Button
          leftSection={<IconDatabaseExport size={16} />}
          onClick={() => void backUpNow()}
          loading={busy}
          disabled={busy || status.data?.mode === 'locked'}
          data-testid="back-up-now"
        >
          {t('files.backups.backUpNow')}
        </Button>
      </Group>
      {backups.data && backups.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('files.backups.empty')}
        </Text>
      )}
      {backups.data && backups.data.length > 0 && (
        <Table.ScrollContainer minWidth={520} mah={300}>
          <Table striped highlightOnHover aria-label={t('files.backups.listLabel')} data-testid="backups-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('files.backups.when')}</Table.Th>
                <Table.Th>{t('files.backups.why')}</Table.Th>
                <Table.Th>{t('files.backups.contents')}</Table.Th>
                <Table.Th>{t('files.backups.size')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('files.backups.restore')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.data.map((backup) => (
                <Table.Tr key={backup.id} data-testid="backup-row">
                  <Table.Td>{when(backup)}</Table.Td>
                  <Table.Td>{t(`files.backups.reason.${backup.reason}`)}</Table.Td>
                  <Table.Td>
                    {backup.sound
                      ? t('files.backups.contentsValue', backupCounts(t, backup))
                      : t('files.backups.damagedCopy')}
                  </Table.Td>
                  <Table.Td>{formatSize(backup.sizeBytes, i18n.language)}</Table.Td>
                  <Table.Td>
                    {backup.sound && (
                      <Button
                        variant="default"
                        size="compact-sm"
                        leftSection={<IconRestore size={14} />}
                        aria-label={t('files.backups.restoreLabel', { when: when(backup) })}
                        disabled={busy || status.data?.mode === 'readOnly'}
                        onClick={() => setRestoring(backup)}
                      >
                        {t('files.backups.restore')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {settings.data && (
        <Group grow align="flex-end">
          <NumberInput
            label={t('files.backups.keepLast')}
            min={1}
            max={100}
            defaultValue={settings.data.backups.keepLast}
            disabled={!canWrite}
            onBlur={(event) => void saveRetention({ keepLast: clamp(event.currentTarget.value, 1, 100) })}
          />
          <NumberInput
            label={t('files.backups.keepDays')}
            min={0}
            max={365}
            defaultValue={settings.data.backups.keepDays}
            disabled={!canWrite}
            onBlur={(event) => void saveRetention({ keepDays: clamp(event.currentTarget.value, 0, 365) })}
          />
          <NumberInput
            label={t('files.backups.keepWeeks')}
            min={0}
            max={520}
            defaultValue={settings.data.backups.keepWeeks}
            disabled={!canWrite}
            onBlur={(event) => void saveRetention({ keepWeeks: clamp(event.currentTarget.value, 0, 520) })}
          />
        </Group>
      )}
      <RestoreConfirm backup={restoring} onClose={() => setRestoring(null)} />
    </Stack>
  );
}

/** A typed number kept within the setting's range (an empty or odd field keeps the nearest bound). */
function clamp(text: string, min: number, max: number): number {
  const value = Math.round(Number(text));
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
