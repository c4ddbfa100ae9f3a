import { ActionIcon, Badge, Card, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/api/entities';
import { prefetchAccount } from '../../api/client';
import { AccountStatus } from '../insights/AccountStatus';
import { SharedMarker } from '../team/SharedMarker';
import { formatCalendarDate, localDay } from '../../app/localDate';

interface Props {
  account: AccountSummary;
  onOpen(): void;
  onRename(): void;
  onDelete(): void;
  onExportWorkspace(): void;
  onReplaceFromFile(): void;
  onShareWithTeam(): void;
}

export function AccountCard({
  account,
  onOpen,
  onRename,
  onDelete,
  onExportWorkspace,
  onReplaceFromFile,
  onShareWithTeam,
}: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Card
      withBorder
      padding="md"
      data-testid="account-card"
      style={{ cursor: 'pointer' }}
      onClick={onOpen}
      onPointerEnter={() => void prefetchAccount(account.id).catch(() => undefined)}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        {/* The name is the card's one button (its click reaches the card's own); the menu beside
            it is another, not one inside it. */}
        <UnstyledButton aria-label={`${t('home.open')} ${account.name}`} data-testid="open-account">
          <Text fw={600} size="lg" lineClamp={2}>
            {account.name}
          </Text>
        </UnstyledButton>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('common.rename')}
              onClick={(event) => event.stopPropagation()}
            >
              ⋯
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown onClick={(event) => event.stopPropagation()}>
            <Menu.Item onClick={onRename}>{t('common.rename')}</Menu.Item>
            <Menu.Item onClick={onExportWorkspace} data-testid="account-export-workspace">
              {t('workspace.exportAccountShort')}
            </Menu.Item>
            <Menu.Item onClick={onReplaceFromFile} data-testid="account-replace-from-file">
              {t('workspace.replaceFrom')}
            </Menu.Item>
            <Menu.Item onClick={onShareWithTeam} data-testid="account-share-with-team">
              {t('teamSync.share.menu')}
            </Menu.Item>
            <Menu.Item color="red" onClick={onDelete}>
              {t('common.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Group gap="xs" mt="sm">
        <AccountStatus accountId={account.id} />
        <SharedMarker accountId={account.id} />
        <Badge variant="light">{t(`enums.tier.${account.tier}`)}</Badge>
        <Text size="sm" c="dimmed">
          {t('home.people', { count: account.peopleCount })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mt="xs">
        {t('home.updated', { date: formatCalendarDate(localDay(new Date(account.updatedAt)), i18n.language) })}
      </Text>
    </Card>
  );
}
