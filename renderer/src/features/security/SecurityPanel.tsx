import { useState } from 'react';
import { Button, Group, Stack, Switch, Text } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api, useApi } from '../../api/client';
import { reportError } from '../../app/notify';
import { ChangePassphrase } from './ChangePassphrase';
import { DisableEncryption } from './DisableEncryption';
import { EnableEncryption } from './EnableEncryption';

type Dialog = 'enable' | 'change' | 'disable' | null;

/** Settings → Security: whether the database is encrypted, and turning it on, changing it, turning it off. */
export function SecurityPanel() {
  const { t } = useTranslation();
  const status = useApi('security.status', {});
  const file = useApi('files.status', {});
  const [dialog, setDialog] = useState<Dialog>(null);
  const canWrite = file.data?.mode === 'ready';
  const close = () => setDialog(null);

  const setRemembered = async (remember: boolean) => {
    try {
      await api.call('security.remember', { remember });
    } catch (error) {
      reportError(error);
    }
  };

  if (!status.data) return null;
  const { encrypted, keyFile, canRemember, remembered } = status.data;
  return (
    <Stack gap="md" data-testid="security-panel">
      <Text size="sm">{t('security.panel.intro')}</Text>
      <Group gap="xs" wrap="nowrap">
        {encrypted ? <IconLock size={18} aria-hidden /> : <IconLockOpen size={18} aria-hidden />}
        <Text size="sm" fw={600} data-testid="security-state">
          {encrypted ? t('security.panel.encrypted') : t('security.panel.plain')}
        </Text>
      </Group>
      {keyFile && (
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {t('security.panel.keyFile', { path: keyFile })}
        </Text>
      )}
      {encrypted ? (
        <>
          {canRemember && (
            <Switch
              label={t('security.panel.remember')}
              checked={remembered}
              onChange={(event) => void setRemembered(event.currentTarget.checked)}
            />
          )}
          <Group>
            <Button
              variant="light"
              onClick={() => setDialog('change')}
              disabled={!canWrite}
              data-testid="security-change"
            >
              {t('security.panel.change')}
            </Button>
            <Button
              variant="subtle"
              color="red"
              onClick={() => setDialog('disable')}
              disabled={!canWrite}
              data-testid="security-disable"
            >
              {t('security.panel.disable')}
            </Button>
          </Group>
        </>
      ) : (
        <Group>
          <Button onClick={() => setDialog('enable')} disabled={!canWrite} data-testid="security-enable">
            {t('security.panel.enable')}
          </Button>
        </Group>
      )}
      <EnableEncryption opened={dialog === 'enable'} onClose={close} />
      <ChangePassphrase opened={dialog === 'change'} onClose={close} />
      <DisableEncryption opened={dialog === 'disable'} onClose={close} />
    </Stack>
  );
}
