import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useErrorText } from './errorText';
import { NewPassphraseFields, newPassphraseProblem } from './NewPassphraseFields';
import { RecoveryKeyStep } from './RecoveryKeyStep';

interface Props {
  opened: boolean;
  onClose(): void;
}

/**
 * Turning encryption on, in two steps: a passphrase typed twice, then the recovery key, shown
 * once, typed back to prove it was saved. Only then is anything encrypted.
 */
export function EnableEncryption({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [typedBack, setTypedBack] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setPassphrase('');
    setRepeat('');
    setRecoveryKey(null);
    setTypedBack('');
    setError(null);
    onClose();
  };

  const showRecoveryKey = async (event: FormEvent) => {
    event.preventDefault();
    const problem = newPassphraseProblem(t, passphrase, repeat);
    setError(problem);
    if (problem) return;
    try {
      setRecoveryKey((await api.call('security.prepare', {})).recoveryKey);
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  const encrypt = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.call('security.enable', { passphrase, recoveryKey: typedBack });
      notifications.show({ message: t('security.enable.done'), autoClose: 5000 });
      close();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('security.enable.title')} centered size="lg">
      {recoveryKey === null ? (
        <form onSubmit={(event) => void showRecoveryKey(event)} data-testid="enable-encryption-passphrase">
          <Stack>
            <NewPassphraseFields
              label={t('security.enable.passphrase')}
              repeatLabel={t('security.enable.repeat')}
              value={passphrase}
              repeat={repeat}
              onChange={setPassphrase}
              onRepeatChange={setRepeat}
              error={error}
              autoFocus
              testIds={['enable-passphrase', 'enable-repeat']}
            />
            <Group justify="flex-end">
              <Button type="submit" data-testid="enable-next">
                {t('security.enable.next')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <form onSubmit={(event) => void encrypt(event)} data-testid="enable-encryption-recovery">
          <RecoveryKeyStep
            recoveryKey={recoveryKey}
            typedBack={typedBack}
            onTypedBack={setTypedBack}
            error={error}
            busy={busy}
            submitLabel={t('security.enable.encrypt')}
            onBack={() => setRecoveryKey(null)}
          />
        </form>
      )}
    </Modal>
  );
}
