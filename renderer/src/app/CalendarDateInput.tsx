import { useCallback, useEffect, useRef, useState } from 'react';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { inputIssue } from '../../../shared/api/issues';
import { FIRST_DATE, isDateInSpan, LAST_DATE } from '../../../shared/domain/calendarDate';
import { calendarWords } from './calendarLanguage';
import { useIssueText } from './issueText';
import { DATE_FORMAT, parseTypedDate, typedDateProblem } from './typedDate';

interface Props extends Omit<DateInputProps, 'locale' | 'valueFormat' | 'dateParser' | 'value' | 'onChange'> {
  value: string | null;
  onChange(value: string | null): void;
  /** The field's name in the message when what was typed is no date (defaults to its label). */
  fieldLabel?: string;
  /** Tells the form whether what the field shows is a date it may save. */
  onValidityChange?(valid: boolean): void;
  /** Shows the problem at once, e.g. after a save was tried, rather than when the field is left. */
  showProblem?: boolean;
}

/**
 * A calendar-date field in the user's language: shows "Feb 23, 2027" or "2027年2月23日", accepts
 * that form or 2027-02-23, and offers only days between 1900 and 2200. A date the calendar does
 * not have, or one outside that span, is refused with a message and kept in the field to be
 * corrected; its value stays YYYY-MM-DD.
 */
export function CalendarDateInput({
  value,
  onChange,
  fieldLabel,
  onValidityChange,
  showProblem,
  onBlur,
  ...props
}: Props) {
  const { i18n } = useTranslation();
  const issueText = useIssueText();
  const zh = i18n.language === 'zh-CN';
  const format = zh ? DATE_FORMAT['zh-CN'] : DATE_FORMAT.en;
  const locale = zh ? 'zh-cn' : 'en';
  // What was typed, while it differs from the value; null while the field shows the value.
  const [typed, setTyped] = useState<string | null>(null);
  const [left, setLeft] = useState(false);
  // A new value from outside (a horizon picked, an undo) replaces whatever was typed.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setTyped(null);
  }
  const problem = typed === null ? null : typedDateProblem(typed, format, locale);
  useEffect(() => onValidityChange?.(problem === null), [problem, onValidityChange]);
  const label = fieldLabel ?? (typeof props.label === 'string' ? props.label : undefined);
  const message =
    problem && (left || showProblem)
      ? issueText(inputIssue('', problem, problem === 'date_out_of_range' ? { min: FIRST_DATE, max: LAST_DATE } : {}), {
          label,
        })
      : null;
  return (
    <DateInput
      {...props}
      value={value}
      onChange={(next) => {
        // A pick in the calendar, a clear, or typing that made a date: the field shows the value.
        setTyped(null);
        onChange(next);
      }}
      onInput={(event) => setTyped(event.currentTarget.value)}
      onBlur={(event) => {
        setLeft(true);
        onBlur?.(event);
      }}
      {...calendarWords(i18n.language)}
      locale={locale}
      valueFormat={format}
      // A field may offer fewer days (no future, say); never more than the span.
      minDate={props.minDate ?? FIRST_DATE}
      maxDate={props.maxDate ?? LAST_DATE}
      // Text that is no date stays, with the message, instead of silently going back.
      fixOnBlur={problem === null}
      error={message ?? props.error}
      // Only a day in the span becomes the value; Mantine's own bounds check misreads year 0000 as 1900.
      dateParser={(text) => {
        const date = parseTypedDate(text, format, locale);
        return date !== null && isDateInSpan(date) ? date : null;
      }}
    />
  );
}

/**
 * Which of a form's date fields hold something that is no date, so the form saves only when none
 * does: `validity('due')` is a field's `onValidityChange`.
 */
export function useDateFields(): { allValid: boolean; validity(key: string): (valid: boolean) => void } {
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const reporters = useRef(new Map<string, (valid: boolean) => void>());
  const validity = useCallback((key: string) => {
    let report = reporters.current.get(key);
    if (!report) {
      report = (valid: boolean) =>
        setInvalid((current) => {
          if (current.has(key) !== valid) return current;
          const next = new Set(current);
          if (valid) next.delete(key);
          else next.add(key);
          return next;
        });
      reporters.current.set(key, report);
    }
    return report;
  }, []);
  return { allValid: invalid.size === 0, validity };
}
