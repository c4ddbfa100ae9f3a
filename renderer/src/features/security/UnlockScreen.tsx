import { useState, type FormEvent } from 'react';
import { Anchor, Button, Card, Center, Checkbox, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SecurityStatus } from '../../../../shared/api/methods/security';
import { api } from '../../api/client';
import { databaseChanged } from '../../app/databaseChanges';
import { useErrorText } from './errorText';

interface Props {
  status: SecurityStatus;
  path: string;
}

/**
 * The first screen of an encrypted database: its passphrase, or (when it is forgotten) the
 * recovery key and a new passphrase. Nothing of the database is read before it opens.
 */
export function UnlockScreen({ status, path }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [recovering, setRecovering] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const rememberIt = status.canRemember && remember ? { remember: true } : {};
      await api.call(
        'security.unlock',
        recovering
          ? { recoveryKey, ...(newPassphrase ? { newPassphrase } : {}), ...rememberIt }
          : { passphrase, ...rememberIt },
      );
      // Everything read so far (the locked state) is of a closed door: read it all afresh.
      await databaseChanged();
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };

  const retryAt = status.retryAt
    ? new Date(status.retryAt).toLocaleTimeString(i18n.language, {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
    : null;

  return (
    <Center mih="100vh" p="md" component="main">
      <Card withBorder shadow="sm" padding="xl" radius="md" w={460} maw="100%">
        <form onSubmit={(event) => void submit(event)} data-testid="unlock-form">
          <Stack>
            <IconLock size={32} aria-hidden />
            <Title order={1} size="h3">
              {t('security.unlock.title')}
            </Title>
            <Text size="sm" style={{ wordBreak: 'break-all' }}>
              {t('security.unlock.body', { path })}
            </Text>
            {recovering ? (
              <>
                <TextInput
                  label={t('security.unlock.recoveryKey')}
                  description={t('security.unlock.recoveryHint')}
                  value={recoveryKey}
                  onChange={(event) => setRecoveryKey(event.currentTarget.value)}
                  error={error}
                  autoComplete="off"
                  spellCheck={false}
                  data-autofocus
                  autoFocus
                  data-testid="unlock-recovery-key"
                />
                <PasswordInput
                  label={t('security.unlock.newPassphrase')}
                  description={t('security.unlock.newPassphraseHint')}
                  value={newPassphrase}
                  onChange={(event) => setNewPassphrase(event.currentTarget.value)}
                  autoComplete="new-password"
                  data-testid="unlock-new-passphrase"
                />
              </>
            ) : (
              <PasswordInput
                label={t('security.unlock.passphrase')}
                value={passphrase}
                onChange={(event) => setPassphrase(event.currentTarget.value)}
                error={error}
                autoComplete="current-password"
                autoFocus
                data-testid="unlock-passphrase"
              />
            )}
            {retryAt && (
              <Text size="sm" c="red.8" role="status">
                {t('security.unlock.retryIn', { time: retryAt })}
              </Text>
            )}
            {status.canRemember && (
              <Checkbox
                label={t('security.unlock.remember')}
                checked={remember}
                onChange={(event) => setRemember(event.currentTarget.checked)}
              />
            )}
            <Button type="submit" loading={busy} data-testid="unlock-submit">
              {t('security.unlock.submit')}
            </Button>
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                setRecovering(!recovering);
                setError(null);
              }}
              data-testid="unlock-switch"
            >
              {recovering ? t('security.unlock.usePassphrase') : t('security.unlock.forgot')}
            </Anchor>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
