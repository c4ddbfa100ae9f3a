import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GoalGap, MeasureGap } from '../../../../shared/domain/goalGap';

/** Current vs target for each measure a goal sets, with the steps still missing. */
export function GoalGapView({ gap }: { gap: GoalGap }) {
  const { t } = useTranslation();
  const rows: { key: string; label: string; measure: MeasureGap<string | number>; show(v: string | number): string }[] =
    [];
  if (gap.stance)
    rows.push({
      key: 'stance',
      label: t('plan.goal.stance'),
      measure: gap.stance,
      show: (v) => t(`enums.stanceShort.${v}`),
    });
  if (gap.access)
    rows.push({
      key: 'access',
      label: t('plan.goal.access'),
      measure: gap.access,
      show: (v) => t(`enums.access.${v}`),
    });
  if (gap.progress)
    rows.push({
      key: 'progress',
      label: t('plan.goal.progress'),
      measure: gap.progress,
      show: (v) => t(`enums.progress.${v}`),
    });
  return (
    <Stack gap={8}>
      {rows.map(({ key, label, measure, show }) => (
        <div key={key} data-testid={`gap-${key}`}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" fw={500} w={90}>
              {label}
            </Text>
            <Text size="sm" style={{ flex: 1 }}>
              {show(measure.current)} → <b>{show(measure.target)}</b>
            </Text>
            <Badge variant="light" color={measure.met ? 'teal' : 'orange'}>
              {measure.met ? t('plan.goal.met') : t('plan.goal.steps', { count: measure.steps })}
            </Badge>
          </Group>
          <Progress
            value={(1 - measure.share) * 100}
            color={measure.met ? 'teal' : 'orange'}
            size="sm"
            mt={4}
            aria-label={`${label}: ${show(measure.current)} → ${show(measure.target)}`}
          />
        </div>
      ))}
    </Stack>
  );
}
