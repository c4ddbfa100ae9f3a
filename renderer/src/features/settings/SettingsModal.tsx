import { Modal, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSetting } from '../../../../shared/api/entities';
import { api, queryClient, queryKey, useApi } from '../../api/client';
import { reportError } from '../../app/notify';
import { applyLanguageSetting } from '../../i18n';

const LANGUAGE_NAMES = { en: 'English', 'zh-CN': '简体中文' } as const;

export function SettingsModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const settings = useApi('settings.get', {});
  const info = useApi('app.info', {}, opened);

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
    <Modal opened={opened} onClose={onClose} title={t('settings.title')} centered>
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
        {info.data && (
          <>
            <div>
              <Text size="sm" fw={500}>
                {t('settings.databasePath')}
              </Text>
              <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {info.data.databasePath}
              </Text>
            </div>
            <Text size="xs" c="dimmed">
              {t('settings.version')} {info.data.version}
            </Text>
          </>
        )}
      </Stack>
    </Modal>
  );
}
