import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useCalendarWords } from '../../app/calendarLanguage';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import { LAST_DATE } from '../../../../shared/domain/calendarDate';

const DAY = 86_400_000;
const plusDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

interface Props {
  /** Dismiss asks for a reason; snooze also for the day it ends. */
  mode: 'dismiss' | 'snooze' | null;
  title: string;
  onClose(): void;
  onConfirm(reason: string, until: string | null): void;
}

/** Asks why an insight is put aside (kept with it), and for a snooze until when. */
export function ReasonModal({ mode, title, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const calendarWords = useCalendarWords();
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState<string | null>(plusDays(30));
  const confirm = () => {
    if (mode === 'snooze' && !until) return;
    onConfirm(reason.trim(), mode === 'snooze' ? until : null);
    setReason('');
  };
  return (
    <Modal
      opened={mode !== null}
      onClose={onClose}
      title={t(mode === 'snooze' ? 'insights.confirmSnooze' : 'insights.confirmDismiss')}
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
      >
        <Stack>
          <Text size="sm" fw={500}>
            {title}
          </Text>
          <TextInput
            label={t('insights.reason')}
            placeholder={t('insights.reasonPlaceholder')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={TEXT_LIMITS.reason}
            data-autofocus
            data-testid="insight-reason"
          />
          {mode === 'snooze' && (
            <Stack gap={6}>
              <DatePickerInput
                label={t('insights.snoozeUntil')}
                value={until}
                onChange={setUntil}
                minDate={plusDays(1)}
                maxDate={LAST_DATE}
                {...calendarWords}
                data-testid="insight-until"
              />
              <Group gap={6}>
                {[7, 30, 90].map((days) => (
                  <Button key={days} size="compact-xs" variant="light" onClick={() => setUntil(plusDays(days))}>
                    {t('insights.inDays', { count: days })}
                  </Button>
                ))}
              </Group>
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('insights.cancel')}
            </Button>
            <Button type="submit" data-testid="insight-confirm">
              {t(mode === 'snooze' ? 'insights.snooze' : 'insights.dismiss')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
