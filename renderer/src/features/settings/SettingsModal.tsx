import { type MantineColorScheme, Modal, Select, Stack, Tabs, Text, useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSetting } from '../../../../shared/api/entities';
import { api, queryClient, queryKey, useApi } from '../../api/client';
import { reportError } from '../../app/notify';
import { applyLanguageSetting } from '../../i18n';
import { BackupsPanel } from '../files/BackupsPanel';
import { DatabaseFileSection } from '../files/DatabaseFileSection';
import { SecurityPanel } from '../security/SecurityPanel';
import { TeamPanel } from '../team/TeamPanel';

const LANGUAGE_NAMES = { en: 'English', 'zh-CN': '简体中文' } as const;

const COLOR_SCHEMES: readonly MantineColorScheme[] = ['auto', 'light', 'dark'];

export type SettingsTab = 'general' | 'backups' | 'security' | 'team';

interface Props {
  opened: boolean;
  onClose(): void;
  /** The tab shown on opening (e.g. Backups, from the damaged-file notice; Team, from sharing an account). */
  tab?: SettingsTab;
}

export function SettingsModal({ opened, onClose, tab = 'general' }: Props) {
  const { t } = useTranslation();
  const settings = useApi('settings.get', {});
  const info = useApi('app.info', {}, opened);
  const { colorScheme, setColorScheme } = useMantineColorScheme();

  const changeLanguage = async (value: string | null) => {
    const parsed = LanguageSetting.safeParse(value);
    if (!parsed.success) return;
    try {
      const saved = await api.call('settings.update', { language: parsed.data });
      queryClient.setQueryData(queryKey('settings.get', {}), saved);
      await applyLanguageSetting(saved.language);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('settings.title')} centered size="xl">
      <Tabs defaultValue={tab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="general" data-testid="settings-tab-general">
            {t('files.tabs.general')}
          </Tabs.Tab>
          <Tabs.Tab value="backups" data-testid="settings-tab-backups">
            {t('files.tabs.backups')}
          </Tabs.Tab>
          <Tabs.Tab value="security" data-testid="settings-tab-security">
            {t('security.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="team" data-testid="settings-tab-team">
            {t('teamSync.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="general">
          <Stack>
            <Select
              label={t('settings.language')}
              data={[
                { value: 'system', label: t('settings.languageSystem') },
                ...Object.entries(LANGUAGE_NAMES).map(([value, label]) => ({ value, label })),
              ]}
              value={settings.data?.language ?? 'system'}
              allowDeselect={false}
              onChange={(value) => void changeLanguage(value)}
              data-testid="language-select"
            />
            <Select
              label={t('a11y.colorScheme')}
              data={COLOR_SCHEMES.map((value) => ({ value, label: t(`a11y.colorSchemes.${value}`) }))}
              value={colorScheme}
              allowDeselect={false}
              onChange={(value) => {
                const picked = COLOR_SCHEMES.find((scheme) => scheme === value);
                if (picked) setColorScheme(picked);
              }}
              data-testid="color-scheme-select"
            />
            <DatabaseFileSection />
            {info.data && (
              <Text size="xs" c="dimmed">
                {t('settings.version')} {info.data.version}
              </Text>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="backups">
          <BackupsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="security">
          <SecurityPanel />
        </Tabs.Panel>
        <Tabs.Panel value="team">
          <TeamPanel />
        </Tabs.Panel>
      </Tabs>
    </Modal>
  );
}
