import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConnectForm } from './ConnectForm';
import { ConnectedTeam } from './ConnectedTeam';
import { useTeamStatus } from './useTeamStatus';

/** Settings → Team: what a team server is, then either the form that connects to one or the connection. */
export function TeamPanel() {
  const { t } = useTranslation();
  const status = useTeamStatus();
  return (
    <Stack gap="md" data-testid="team-panel">
      <Title order={2} size="h4">
        {t('teamSync.settings.title')}
      </Title>
      {status.data?.connected ? (
        <ConnectedTeam status={status.data} />
      ) : (
        <>
          <Text size="sm">{t('teamSync.settings.intro')}</Text>
          <Text size="sm" fw={500}>
            {t('teamSync.settings.privacy')}
          </Text>
          <ConnectForm />
        </>
      )}
    </Stack>
  );
}
