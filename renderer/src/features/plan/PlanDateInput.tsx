import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useTranslation } from 'react-i18next';
import 'dayjs/locale/zh-cn';

dayjs.extend(customParseFormat);

const FORMAT = { en: 'MMM D, YYYY', 'zh-CN': 'YYYY年M月D日' } as const;

/**
 * A calendar-date field in the user's language: shows "Feb 23, 2027" or "2027年2月23日", and
 * accepts what the user types in that form or as 2027-02-23. Its value stays YYYY-MM-DD.
 */
export function PlanDateInput(props: Omit<DateInputProps, 'locale' | 'valueFormat' | 'dateParser'>) {
  const { i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const format = zh ? FORMAT['zh-CN'] : FORMAT.en;
  return (
    <DateInput
      {...props}
      locale={zh ? 'zh-cn' : 'en'}
      valueFormat={format}
      dateParser={(text) => {
        const value = text.trim();
        for (const candidate of [dayjs(value, 'YYYY-MM-DD', true), dayjs(value, format, zh ? 'zh-cn' : 'en', true)]) {
          if (candidate.isValid()) return candidate.format('YYYY-MM-DD');
        }
        return null;
      }}
    />
  );
}
