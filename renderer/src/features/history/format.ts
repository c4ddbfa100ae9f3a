import type { TFunction } from 'i18next';
import type { TrackedField } from '../../../../shared/domain/history';

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

/** A calendar day (YYYY-MM-DD) in the user's language, e.g. 23 Oct 2026 / 2026年10月23日. */
export function formatDay(day: string, language: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

/** The user's calendar day of an instant, as YYYY-MM-DD. */
export function localDay(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

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
