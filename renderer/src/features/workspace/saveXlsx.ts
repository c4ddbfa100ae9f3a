import type { TFunction } from 'i18next';
import { notifications } from '@mantine/notifications';
import type { XlsxSheet } from '../../../../shared/domain/xlsx';
import { datedFileName, saveBlob } from './saveFile';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes sheets as an Excel workbook and saves it under "<what> <date>.xlsx". The writer (and
 * exceljs with it) loads only now, so the app does not carry it until someone exports.
 */
export async function saveXlsx(what: string, sheets: readonly XlsxSheet[], t: TFunction): Promise<void> {
  const { buildXlsx } = await import('../../../../shared/domain/xlsx');
  const bytes = await buildXlsx(sheets);
  const file = datedFileName(what, 'xlsx');
  saveBlob(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), file);
  notifications.show({ message: t('workspace.xlsx.done', { file }), autoClose: 3000 });
}
