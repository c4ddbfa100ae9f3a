import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import { api } from '../../api/client';
import { useErrorText } from './errorText';
import { NewPassphraseFields, newPassphraseProblem } from './NewPassphraseFields';
import { RecoveryKeyStep } from './RecoveryKeyStep';

type Field = 'current' | 'next' | 'recovery';

/**
 * A new passphrase comes with a new key: the database and its backups are re-encrypted, so a
 * passphrase someone may have seen opens nothing any more. The new recovery key is shown once
 * and typed back, as when encryption was turned on.
 */
export function ChangePassphrase({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [typedBack, setTypedBack] = useState('');
  const [error, setError] = useState<{ field: Field; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setCurrent('');
    setNext('');
    setRepeat('');
    setRecoveryKey(null);
    setTypedBack('');
    setError(null);
    onClose();
  };

  const showRecoveryKey = async (event: FormEvent) => {
    event.preventDefault();
    if (!current) return setError({ field: 'current', text: t('validation.specific.security.passphrase.too_short') });
    const problem = newPassphraseProblem(t, next, repeat);
    if (problem) return setError({ field: 'next', text: problem });
    setError(null);
    try {
      setRecoveryKey((await api.call('security.prepare', {})).recoveryKey);
    } catch (failure) {
      setError({ field: 'current', text: errorText(failure) });
    }
  };

  const change = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.call('security.changePassphrase', {
        passphrase: current,
        newPassphrase: next,
        newRecoveryKey: typedBack,
      });
      notifications.show({ message: t('security.change.done'), autoClose: 5000 });
      close();
    } catch (failure) {
      // A wrong current passphrase sends the user back to it; a mistyped recovery key stays here.
      const aboutCurrent = failure instanceof ApiError && failure.code !== 'wrong_recovery_key';
      if (aboutCurrent) setRecoveryKey(null);
      setError({ field: aboutCurrent ? 'current' : 'recovery', text: errorText(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('security.change.title')} centered size="lg">
      {recoveryKey === null ? (
        <form onSubmit={(event) => void showRecoveryKey(event)} data-testid="change-passphrase-form">
          <Stack>
            <PasswordInput
              label={t('security.change.current')}
              value={current}
              onChange={(event) => setCurrent(event.currentTarget.value)}
              error={error?.field === 'current' ? error.text : null}
              autoComplete="current-password"
              data-autofocus
              data-testid="change-current"
            />
            <NewPassphraseFields
              label={t('security.change.next')}
              repeatLabel={t('security.change.repeat')}
              value={next}
              repeat={repeat}
              onChange={setNext}
              onRepeatChange={setRepeat}
              error={error?.field === 'next' ? error.text : null}
              testIds={['change-next', 'change-repeat']}
            />
            <Group justify="flex-end">
              <Button type="submit" data-testid="change-next-step">
                {t('security.enable.next')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <form onSubmit={(event) => void change(event)} data-testid="change-passphrase-recovery">
          <RecoveryKeyStep
            recoveryKey={recoveryKey}
            typedBack={typedBack}
            onTypedBack={setTypedBack}
            error={error?.field === 'recovery' ? error.text : null}
            busy={busy}
            submitLabel={t('security.change.submit')}
            onBack={() => setRecoveryKey(null)}
          />
        </form>
      )}
    </Modal>
  );
}
