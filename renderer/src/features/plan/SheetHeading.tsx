import type { ReactNode } from 'react';
import { Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/domain/horizon';
import { useScreenHeading } from '../../app/useScreenHeading';
import { useFormatDate } from './format';

interface Props {
  title: string;
  subtitle: string;
  /** Buttons on the right; they stay off the printed page. */
  actions: ReactNode;
}

/** A planning sheet's title, with the print date on paper only. */
export function SheetHeading({ title, subtitle, actions }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const heading = useScreenHeading();
  return (
    <Group justify="space-between" align="flex-start" mb="md">
      <div>
        <Title order={2} ref={heading}>
          {title}
        </Title>
        <Text c="dimmed" size="sm">
          {subtitle}
        </Text>
        <Text className="plan-print-only" size="xs" c="dimmed">
          {t('plan.sheet.printedOn', { date: formatDate(todayIso()) })}
        </Text>
      </div>
      <Group gap="xs" data-no-print>
        {actions}
      </Group>
    </Group>
  );
}
