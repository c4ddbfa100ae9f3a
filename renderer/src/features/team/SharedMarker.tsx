import { Badge, Tooltip } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSharedAccount } from './useTeamStatus';

/** The small "Shared" on an account card, for an account the team shares. */
export function SharedMarker({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  if (!useSharedAccount(accountId)) return null;
  return (
    <Tooltip label={t('teamSync.badge.sharedHint')}>
      <Badge
        variant="outline"
        color="indigo"
        leftSection={<IconUsers size={12} aria-hidden />}
        data-testid="account-shared"
      >
        {t('teamSync.badge.shared')}
      </Badge>
    </Tooltip>
  );
}
