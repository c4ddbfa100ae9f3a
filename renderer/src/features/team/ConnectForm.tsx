import { useState } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import { InviteToken, TeamServerUrl } from '../../../../shared/api/methods/teamSync';
import { api, queryClient } from '../../api/client';
import { teamStatusKey } from './useTeamStatus';

/**
 * The team server's address and the member's invite token, checked here first and then by the
 * server. A refusal shows why in a person's words and changes nothing: the fields keep what was typed.
 */
export function ConnectForm() {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const urlValid = TeamServerUrl.safeParse(url).success;
  const tokenValid = InviteToken.safeParse(token).success;

  const connect = async () => {
    setChecked(true);
    setFailure(null);
    if (!urlValid || !tokenValid) return;
    setBusy(true);
    try {
      const status = await api.call('team.connect', { url: url.trim(), token: token.trim() }, 'owner');
      queryClient.setQueryData(teamStatusKey(), status);
      notifications.show({ message: t('teamSync.settings.connectedNotice', { member: status.member ?? '' }) });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'internal';
      setFailure(t(`errors.${code}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void connect();
      }}
    >
      <Stack gap="sm" maw={520}>
        <TextInput
          label={t('teamSync.settings.url')}
          placeholder={t('teamSync.settings.urlPlaceholder')}
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={checked && !urlValid ? t('teamSync.settings.urlInvalid') : undefined}
          autoComplete="off"
          spellCheck={false}
          required
          data-testid="team-url"
        />
        <PasswordInput
          label={t('teamSync.settings.token')}
          value={token}
          onChange={(event) => setToken(event.currentTarget.value)}
          error={checked && !tokenValid ? t('teamSync.settings.tokenInvalid') : undefined}
          autoComplete="off"
          required
          data-testid="team-token"
        />
        {failure && (
          <Alert color="red" role="alert" data-testid="team-connect-error">
            {failure}
          </Alert>
        )}
        <Button type="submit" loading={busy} w="fit-content" data-testid="team-connect">
          {busy ? t('teamSync.settings.connecting') : t('teamSync.settings.connect')}
        </Button>
      </Stack>
    </form>
  );
}
