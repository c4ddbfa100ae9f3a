import { useState } from 'react';
import { ActionIcon, Button, Divider, Group, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconHistory, IconPresentation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCalendarWords } from '../../app/calendarLanguage';
import { FIRST_DATE } from '../../../../shared/domain/calendarDate';
import { daysAgo, localDay, monthsAgo } from './format';

export type Travel = { kind: 'today' } | { kind: 'asOf'; date: string } | { kind: 'compare'; from: string; to: string };

/** The header control: show the map as of a past day, compare two days, or present it. */
export function TimeTravelControl(props: {
  travel: Travel;
  onTravel(travel: Travel): void;
  presenting: boolean;
  onPresent(on: boolean): void;
}) {
  const { t } = useTranslation();
  const calendarWords = useCalendarWords();
  const [opened, setOpened] = useState(false);
  const [from, setFrom] = useState<string | null>(monthsAgo(1));
  const [to, setTo] = useState<string | null>(localDay());
  const today = localDay();
  const go = (travel: Travel) => {
    setOpened(false);
    props.onTravel(travel);
  };
  const dateProps = {
    ...calendarWords,
    minDate: FIRST_DATE,
    maxDate: today,
    size: 'xs',
  } as const;
  return (
    <>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={300} shadow="md" trapFocus returnFocus>
        <Popover.Target>
          <Tooltip label={t('history.showAsOf')} disabled={opened}>
            <ActionIcon
              variant={props.travel.kind === 'today' ? 'default' : 'filled'}
              size="lg"
              onClick={() => setOpened((o) => !o)}
              aria-label={t('history.control')}
              data-testid="time-travel"
            >
              <IconHistory size={18} />
            </ActionIcon>
          </Tooltip>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('history.showAsOf')}
            </Text>
            <Group gap={4}>
              <Button size="compact-xs" variant="light" onClick={() => go({ kind: 'asOf', date: daysAgo(7) })}>
                {t('history.weekAgo')}
              </Button>
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => go({ kind: 'asOf', date: monthsAgo(1) })}
                data-testid="month-ago"
              >
                {t('history.monthAgo')}
              </Button>
              <Button size="compact-xs" variant="light" onClick={() => go({ kind: 'asOf', date: monthsAgo(3) })}>
                {t('history.quarterAgo')}
              </Button>
            </Group>
            <DatePickerInput
              {...dateProps}
              label={t('history.pickDate')}
              placeholder={t('history.pickDate')}
              value={props.travel.kind === 'asOf' ? props.travel.date : null}
              onChange={(date) => date && go({ kind: 'asOf', date })}
              data-testid="as-of-date"
              popoverProps={{ withinPortal: false }}
            />
            <Divider my={4} />
            <Text size="sm" fw={600}>
              {t('history.compare')}
            </Text>
            <Group gap="xs" grow>
              <DatePickerInput
                {...dateProps}
                label={t('history.compareFrom')}
                value={from}
                onChange={setFrom}
                popoverProps={{ withinPortal: false }}
              />
              <DatePickerInput
                {...dateProps}
                label={t('history.compareTo')}
                value={to}
                onChange={setTo}
                popoverProps={{ withinPortal: false }}
              />
            </Group>
            <Button
              size="xs"
              disabled={!from || !to || from >= to}
              onClick={() => from && to && go({ kind: 'compare', from, to })}
              data-testid="compare-run"
            >
              {t('history.compareRun')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <Tooltip label={t('history.presentationHint')} multiline w={260}>
        <ActionIcon
          variant={props.presenting ? 'filled' : 'default'}
          size="lg"
          onClick={() => props.onPresent(!props.presenting)}
          aria-label={t('history.presentation')}
          aria-pressed={props.presenting}
          data-testid="presentation-mode"
        >
          <IconPresentation size={18} />
        </ActionIcon>
      </Tooltip>
    </>
  );
}
