import { useState } from 'react';
import {
  ActionIcon,
  AppShell,
  Button,
  Center,
  Container,
  Group,
  Loader,
  Menu,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/api/entities';
import { api, useApi } from '../../api/client';
import { BackendUnavailable } from '../../app/BackendUnavailable';
import { AccountCard } from './AccountCard';
import { NameModal } from '../../app/NameModal';
import { DeleteAccountModal } from './DeleteAccountModal';
import { useAccountCommands } from './useAccountCommands';
import { useAction } from '../../actions/useAction';
import { Dashboard } from '../dashboard/Dashboard';
import { ExportWorkspaceModal } from '../workspace/ExportWorkspaceModal';
import { ImportWorkspaceModal } from '../workspace/ImportWorkspaceModal';
import { useScreenHeading } from '../../app/useScreenHeading';
import { ShareWithTeamModal } from '../team/ShareWithTeamModal';

type Dialog =
  | { kind: 'create' }
  | { kind: 'rename'; account: AccountSummary }
  | { kind: 'delete'; account: AccountSummary }
  | { kind: 'exportWorkspace'; account?: AccountSummary }
  | { kind: 'importWorkspace'; replace?: AccountSummary }
  | { kind: 'shareWithTeam'; account: AccountSummary }
  | null;

export function HomeScreen({
  onOpen,
  onOpenPerson,
  onMyPlan,
  onSettings,
  onTeamSettings,
}: {
  onOpen(accountId: string): void;
  /** Opens an account at one person's page (from the agenda). */
  onOpenPerson(accountId: string, personId: string): void;
  /** Opens the personal action plan across all accounts. */
  onMyPlan(): void;
  onSettings(): void;
  /** Opens Settings → Team. */
  onTeamSettings(): void;
}) {
  const { t, i18n } = useTranslation();
  const heading = useScreenHeading();
  const accounts = useApi('accounts.list', {});
  const [dialog, setDialog] = useState<Dialog>(null);
  const commands = useAccountCommands();

  useAction('accounts.new', () => setDialog({ kind: 'create' }));
  const openSample = async () => {
    const sample = accounts.data?.find((account) => account.isSample);
    if (sample) return onOpen(sample.id);
    if (await commands.createSample(i18n.language === 'zh-CN' ? 'zh-CN' : 'en')) {
      const created = (await api.call('accounts.list', {})).find((account) => account.isSample);
      if (created) onOpen(created.id);
    }
  };

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Title order={1} size="h3" ref={heading}>
            {t('app.name')}
          </Title>
          <Group gap="xs">
            <Button variant="subtle" onClick={onMyPlan} data-testid="open-my-plan">
              {t('plan.myPlan.open')}
            </Button>
            <Button variant="subtle" onClick={openSample}>
              {t('home.openSample')}
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="subtle" data-testid="workspace-menu">
                  {t('workspace.menu')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setDialog({ kind: 'importWorkspace' })} data-testid="import-workspace">
                  {t('workspace.importNew')}
                </Menu.Item>
                <Menu.Item
                  onClick={() => setDialog({ kind: 'exportWorkspace' })}
                  disabled={!accounts.data || accounts.data.length === 0}
                  data-testid="export-workspace-all"
                >
                  {t('workspace.exportAll')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button onClick={() => setDialog({ kind: 'create' })} data-testid="new-account">
              {t('home.newAccount')}
            </Button>
            <Tooltip label={t('settings.title')}>
              <ActionIcon
                variant="subtle"
                size="lg"
                onClick={onSettings}
                aria-label={t('settings.title')}
                data-testid="open-settings"
              >
                ⚙
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main style={{ height: '100vh', overflow: 'auto' }}>
        <Container size="lg">
          {accounts.isError ? (
            <BackendUnavailable error={accounts.error} onRetry={() => void accounts.refetch()} />
          ) : accounts.isPending ? (
            <Center py="xl">
              <Loader />
            </Center>
          ) : accounts.data && accounts.data.length > 0 ? (
            <>
              <Dashboard onOpen={onOpen} onOpenPerson={onOpenPerson} />
              <Title order={2} my="md">
                {t('home.title')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                {accounts.data.map((account) => (
                  <AccountCard
                    key={account.id}
                    account={account}
                    onOpen={() => onOpen(account.id)}
                    onRename={() => setDialog({ kind: 'rename', account })}
                    onDelete={() => setDialog({ kind: 'delete', account })}
                    onExportWorkspace={() => setDialog({ kind: 'exportWorkspace', account })}
                    onReplaceFromFile={() => setDialog({ kind: 'importWorkspace', replace: account })}
                    onShareWithTeam={() => setDialog({ kind: 'shareWithTeam', account })}
                  />
                ))}
              </SimpleGrid>
            </>
          ) : (
            <Stack align="center" py={80} gap="md">
              <Title order={2}>{t('home.title')}</Title>
              <Text c="dimmed">{t('home.empty')}</Text>
              <Group>
                <Button onClick={() => setDialog({ kind: 'create' })}>{t('home.newAccount')}</Button>
                <Button variant="light" onClick={openSample} data-testid="open-sample">
                  {t('home.openSample')}
                </Button>
              </Group>
              <Text size="sm" c="dimmed" maw={420} ta="center">
                {t('home.sampleHint')}
              </Text>
            </Stack>
          )}
        </Container>
      </AppShell.Main>
      <NameModal
        opened={dialog?.kind === 'create' || dialog?.kind === 'rename'}
        method={dialog?.kind === 'rename' ? 'accounts.update' : 'accounts.create'}
        path={dialog?.kind === 'rename' ? 'patch.name' : 'name'}
        label={t('home.accountName')}
        placeholder={t('home.accountNamePlaceholder')}
        title={dialog?.kind === 'rename' ? t('home.renameTitle') : t('home.newAccount')}
        submitLabel={dialog?.kind === 'rename' ? t('common.rename') : t('common.create')}
        initialName={dialog?.kind === 'rename' ? dialog.account.name : ''}
        onClose={() => setDialog(null)}
        onSubmit={async (name) => {
          const done =
            dialog?.kind === 'rename' ? await commands.rename(dialog.account, name) : await commands.create(name);
          if (done) setDialog(null);
        }}
      />
      <ExportWorkspaceModal
        opened={dialog?.kind === 'exportWorkspace'}
        {...(dialog?.kind === 'exportWorkspace' && dialog.account ? { account: dialog.account } : {})}
        onClose={() => setDialog(null)}
      />
      <ImportWorkspaceModal
        opened={dialog?.kind === 'importWorkspace'}
        {...(dialog?.kind === 'importWorkspace' && dialog.replace ? { replace: dialog.replace } : {})}
        onClose={() => setDialog(null)}
      />
      <ShareWithTeamModal
        account={dialog?.kind === 'shareWithTeam' ? dialog.account : null}
        onClose={() => setDialog(null)}
        onOpenTeamSettings={onTeamSettings}
      />
      <DeleteAccountModal
        account={dialog?.kind === 'delete' ? dialog.account : null}
        onClose={() => setDialog(null)}
        onConfirm={async (account) => {
          if (await commands.remove(account)) setDialog(null);
        }}
      />
    </AppShell>
  );
}
