import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/client';
import { formatWhen } from './format';
import { RestoreConfirm } from './RestoreConfirm';

/**
 * Says, above every screen, when the open file cannot be written: damaged (with the newest good
 * backup one click away) or read-only. Silent while all is well.
 */
export function FileStateNotice({ onOpenBackups }: { onOpenBackups(): void }) {
  const { t, i18n } = useTranslation();
  const status = useApi('files.status', {});
  const [confirming, setConfirming] = useState(false);
  const data = status.data;
  if (!data || (data.mode !== 'damaged' && data.mode !== 'readOnly')) return null;
  const backup = data.newestGoodBackup;
  const when = backup ? formatWhen(backup.createdAt, i18n.language) : '';

  const damaged = data.mode === 'damaged';
  return (
    <Alert
      color={damaged ? 'red' : 'orange'}
      icon={damaged ? <IconAlertTriangle size={18} /> : <IconLock size={18} />}
      title={t(damaged ? 'files.state.damagedTitle' : 'files.state.readOnlyTitle')}
      role="alert"
      data-testid="file-state-notice"
      style={{
        position: 'fixed',
        bottom: 16,
        left: '50%',
        transform: 'translateX(-50%)',
        width: 'min(720px, calc(100% - 32px))',
        zIndex: 250,
        boxShadow: 'var(--mantine-shadow-lg)',
      }}
    >
      <Text size="sm">{t(damaged ? 'files.state.damagedBody' : 'files.state.readOnlyBody', { path: data.path })}</Text>
      {damaged && !backup && (
        <Text size="sm" mt={4}>
          {t('files.state.damagedNoBackup')}
        </Text>
      )}
      <Group gap="xs" mt="xs">
        {damaged && backup && (
          <Button size="compact-sm" color="red" onClick={() => setConfirming(true)} data-testid="restore-newest">
            {t('files.state.damagedRestore', { when })}
          </Button>
        )}
        <Button size="compact-sm" variant="default" onClick={onOpenBackups}>
          {t('files.state.openBackups')}
        </Button>
      </Group>
      <RestoreConfirm backup={confirming ? backup : null} onClose={() => setConfirming(false)} />
    </Alert>
  );
}
