import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import { api, invalidate } from '../../api/client';
import { useErrorText } from './errorText';

/** A new passphrase for the same key: the recovery key and every backup keep working. */
export function ChangePassphrase({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<{ field: 'current' | 'next'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setCurrent('');
    setNext('');
    setRepeat('');
    setError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== repeat) return setError({ field: 'next', text: t('security.enable.mismatch') });
    setBusy(true);
    setError(null);
    try {
      await api.call('security.changePassphrase', { passphrase: current, newPassphrase: next });
      await invalidate('security.status');
      notifications.show({ message: t('security.change.done'), autoClose: 5000 });
      close();
    } catch (failure) {
      // A new passphrase that is too short is the new field's problem; anything else, the current one's.
      const aboutNew = failure instanceof ApiError && failure.issues.some((issue) => issue.path === 'newPassphrase');
      setError({ field: aboutNew ? 'next' : 'current', text: errorText(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('security.change.title')} centered>
      <form onSubmit={(event) => void submit(event)} data-testid="change-passphrase-form">
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
          <PasswordInput
            label={t('security.change.next')}
            description={t('security.enable.passphraseHint')}
            value={next}
            onChange={(event) => setNext(event.currentTarget.value)}
            autoComplete="new-password"
            data-testid="change-next"
          />
          <PasswordInput
            label={t('security.change.repeat')}
            value={repeat}
            onChange={(event) => setRepeat(event.currentTarget.value)}
            error={error?.field === 'next' ? error.text : null}
            autoComplete="new-password"
            data-testid="change-repeat"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={busy} data-testid="change-submit">
              {t('security.change.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
