import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/api/methods/files';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { databaseChanged } from '../../app/databaseChanges';
import { reportError } from '../../app/notify';
import { formatWhen } from './format';
import { backupCounts } from './counts';

/**
 * The question before a restore, and the restore: the backup stands in for the file, the file
 * as it was is kept as a backup, every screen reloads, and a notice says both.
 */
export function RestoreConfirm({ backup, onClose }: { backup: BackupInfo | null; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const when = (of: BackupInfo) => formatWhen(of.createdAt, i18n.language);
  const restore = async (chosen: BackupInfo) => {
    setBusy(true);
    try {
      const result = await api.call('backups.restore', { id: chosen.id });
      onClose();
      notifications.show({
        message: t('files.backups.restored', { when: when(result.restored), saved: when(result.savedCurrent) }),
        autoClose: 8000,
      });
      await databaseChanged();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      opened={backup !== null}
      title={backup ? t('files.backups.restoreTitle', { when: when(backup) }) : ''}
      message={backup ? t('files.backups.restoreBody', backupCounts(t, backup)) : ''}
      confirmLabel={t('files.backups.restoreConfirm')}
      irreversible
      busy={busy}
      testId="confirm-restore"
      onCancel={onClose}
      onConfirm={() => backup && void restore(backup)}
    />
  );
}
