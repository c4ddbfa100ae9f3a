import type { TFunction } from 'i18next';
import type { XlsxSheet } from '../../../../shared/domain/xlsx';
import { PLAN_DATE_COLUMN, planTable } from './planCsv';
import type { PlanData } from './usePlanData';

/** The action plan as one sheet of the workbook: the CSV's columns, with due dates as Excel dates. */
export function planSheet(data: PlanData, t: TFunction): XlsxSheet {
  const { header, rows } = planTable(data, t);
  return {
    name: t('plan.csv.file'),
    columns: header.map((title, index) => ({
      header: title,
      kind: index === PLAN_DATE_COLUMN ? ('date' as const) : ('text' as const),
      width: index === 1 || index === 8 ? 40 : undefined,
    })),
    rows,
  };
}
