import type { TFunction } from 'i18next';
import { notifications } from '@mantine/notifications';
import { todayIso } from '../../../../shared/domain/horizon';
import { downloadText } from './format';

/** "<account> — <sheet> <YYYY-MM-DD>.csv", with the characters no file system takes replaced. */
export function csvFileName(accountName: string, sheet: string, today: string): string {
  return `${accountName} — ${sheet} ${today}.csv`.replace(/[\\/:*?"<>|]/g, '_');
}

/** Saves a sheet's CSV under the account's name and today's date, and says where. */
export function saveCsv(accountName: string, sheet: string, csv: string, t: TFunction): void {
  const file = csvFileName(accountName, sheet, todayIso());
  downloadText(file, csv, 'text/csv;charset=utf-8');
  notifications.show({ message: t('plan.exported', { file }), autoClose: 3000 });
}
