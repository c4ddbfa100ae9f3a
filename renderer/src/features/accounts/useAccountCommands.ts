import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/api/entities';
import type { Language } from '../../../../shared/domain/enums';
import { api } from '../../api/client';
import { reportError } from '../../app/notify';

/** Account edits from the home screen; each resolves true when it landed. */
export function useAccountCommands() {
  const { t } = useTranslation();
  const attempt = async (work: () => Promise<unknown>): Promise<boolean> => {
    try {
      await work();
      return true;
    } catch (error) {
      reportError(error);
      return false;
    }
  };
  return {
    create: (name: string) =>
      attempt(async () => {
        await api.call('accounts.create', { name, firstMapName: t('map.defaultName') });
        notifications.show({ message: t('home.created', { name }), autoClose: 3000 });
      }),
    createSample: (language: Language) =>
      attempt(async () => {
        await api.call('accounts.createSample', { language });
        notifications.show({ message: t('home.sampleCreated'), autoClose: 3000 });
      }),
    rename: (account: AccountSummary, name: string) =>
      attempt(() => api.call('accounts.update', { id: account.id, patch: { name } })),
    remove: (account: AccountSummary) =>
      attempt(async () => {
        await api.call('accounts.delete', { id: account.id });
        notifications.show({ message: t('home.deleted', { name: account.name }), autoClose: 4000 });
      }),
  };
}
