import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../app/localDate';

/** Shows a YYYY-MM-DD calendar date in the user's locale; the date is a day, not an instant, so no time zone shifts it. */
export function useFormatDate(): (date: string | null) => string {
  const { i18n } = useTranslation();
  return useCallback((date: string | null) => (date ? formatCalendarDate(date, i18n.language) : ''), [i18n.language]);
}

/** A person as the plan names them: name, else title (a placeholder), else a dash. */
export const personName = (person: { name: string; title: string }): string => person.name || person.title || '—';

/**
 * Leaves the field just used, once its choice is saved, so that Ctrl+Z undoes the edit instead of
 * going to the field (shortcuts are ignored while an input has focus).
 */
export function leaveField(): void {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}

/** Saves a file the browser builds in memory, the same way in the desktop app and web mode. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
