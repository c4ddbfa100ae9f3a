import type { TFunction } from 'i18next';

/** "3 accounts", "1 person" (or "3 个客户"): what a backup holds, for the sentences that name it. */
export const backupCounts = (t: TFunction, backup: { accounts: number; people: number }) => ({
  accounts: t('files.backups.accounts', { count: backup.accounts }),
  people: t('files.backups.people', { count: backup.people }),
});
