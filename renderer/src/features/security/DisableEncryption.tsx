import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useErrorText } from './errorText';

/** Removing encryption: says what that means, and asks for the passphrase before it decrypts. */
export function DisableEncryption({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setPassphrase('');
    setError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.call('security.disable', { passphrase });
      notifications.show({ message: t('security.disable.done'), autoClose: 5000 });
      close();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('security.disable.title')} centered>
      <form onSubmit={(event) => void submit(event)} data-testid="disable-encryption-form">
        <Stack>
          <Text size="sm">{t('security.disable.body')}</Text>
          <PasswordInput
            label={t('security.disable.passphrase')}
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            error={error}
            autoComplete="current-password"
            data-autofocus
            data-testid="disable-passphrase"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy} data-testid="disable-submit">
              {t('security.disable.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
