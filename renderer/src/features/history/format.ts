import type { TFunction } from 'i18next';
import type { TrackedField } from '../../../../shared/domain/history';
import { localDay } from '../../app/localDate';

/** A tracked value in words ("Supportive", "Business meals"); influence is a number 1–5. */
export function valueLabel(t: TFunction, field: TrackedField, value: string): string {
  switch (field) {
    case 'role':
      return t(`enums.role.${value}`);
    case 'stance':
      return t(`enums.stanceShort.${value}`);
    case 'access':
      return t(`enums.access.${value}`);
    case 'progress':
      return t(`enums.progress.${value}`);
    default:
      return value;
  }
}

export const fieldLabel = (t: TFunction, field: TrackedField): string => t(`inspector.${field}`);

export { formatCalendarDate as formatDay, localDay } from '../../app/localDate';

/** Minutes east of UTC here, as the history methods take it. */
export const utcOffset = (): number => -new Date().getTimezoneOffset();

/** The day `days` before today, here. */
export function daysAgo(days: number): string {
  const at = new Date();
  at.setDate(at.getDate() - days);
  return localDay(at);
}

export function monthsAgo(months: number): string {
  const at = new Date();
  at.setMonth(at.getMonth() - months);
  return localDay(at);
}
