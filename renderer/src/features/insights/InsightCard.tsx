import { Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconBellPause, IconChecklist, IconCircleCheck, IconEyeOff, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InsightView } from '../../../../shared/api/methods/insights';
import { useOpenPerson } from '../people/personPageContext';
import { insightExplanation, insightPrinciple, insightTitle } from './insightText';
import { formatCalendarDate } from '../../app/localDate';

export const SEVERITY_COLOR = { high: 'red', medium: 'orange', low: 'gray' } as const;

export interface PersonLabel {
  id: string;
  name: string;
}

interface Props {
  insight: InsightView;
  people: Map<string, PersonLabel>;
  onMakeAction(): void;
  onDismiss(): void;
  onSnooze(): void;
  onRestore(): void;
  /** "Still right", offered where the warning is that an assessment went stale. */
  onConfirmAssessment?(): void;
}

/** One warning: what, why (with the principle it comes from), who, and what to do about it. */
export function InsightCard({
  insight,
  people,
  onMakeAction,
  onDismiss,
  onSnooze,
  onRestore,
  onConfirmAssessment,
}: Props) {
  const { t, i18n } = useTranslation();
  const openPerson = useOpenPerson();
  const state = insight.state;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="insight"
      data-rule={insight.rule}
      data-subject={insight.subject}
      style={{ borderLeft: `4px solid var(--mantine-color-${SEVERITY_COLOR[insight.severity]}-6)` }}
    >
      <Stack gap={6}>
        <Text fw={600} size="sm" data-testid="insight-title">
          {insightTitle(insight, t)}
        </Text>
        <Text size="xs" fw={500} data-testid="insight-principle">
          {insightPrinciple(insight, t)}
        </Text>
        <Text size="xs" c="dimmed">
          {insightExplanation(insight, t)}
        </Text>
        {insight.personIds.length > 0 && (
          <Group gap={4}>
            {insight.personIds.map((id) => (
              <Badge
                key={id}
                variant="outline"
                color="indigo"
                size="sm"
                style={{ cursor: 'pointer', textTransform: 'none' }}
                onClick={() => openPerson(id)}
                data-testid="insight-person"
              >
                {people.get(id)?.name ?? '?'}
              </Badge>
            ))}
          </Group>
        )}
        {state && (
          <Text size="xs" c="dimmed" fs="italic">
            {state.state === 'dismissed'
              ? t('insights.dismissedBecause', { reason: state.reason || t('insights.noReason') })
              : t('insights.snoozedUntil', {
                  date: state.until ? formatCalendarDate(state.until, i18n.language) : '',
                  reason: state.reason || t('insights.noReason'),
                })}
          </Text>
        )}
        <Group gap={6}>
          {state ? (
            <Button size="compact-xs" variant="light" leftSection={<IconRestore size={14} />} onClick={onRestore}>
              {t('insights.restore')}
            </Button>
          ) : (
            <>
              {onConfirmAssessment && (
                <Button
                  size="compact-xs"
                  variant="light"
                  color="teal"
                  leftSection={<IconCircleCheck size={14} />}
                  onClick={onConfirmAssessment}
                  data-testid="insight-still-right"
                >
                  {t('insights.stillRight')}
                </Button>
              )}
              <Tooltip
                label={t('insights.actionDue', {
                  date: formatCalendarDate(insight.action.dueDate, i18n.language),
                })}
              >
                <Button
                  size="compact-xs"
                  leftSection={<IconChecklist size={14} />}
                  onClick={onMakeAction}
                  data-testid="insight-make-action"
                >
                  {t('insights.makeAction')}
                </Button>
              </Tooltip>
              <Button
                size="compact-xs"
                variant="subtle"
                color="gray"
                leftSection={<IconBellPause size={14} />}
                onClick={onSnooze}
                data-testid="insight-snooze"
              >
                {t('insights.snooze')}
              </Button>
              <Button
                size="compact-xs"
                variant="subtle"
                color="gray"
                leftSection={<IconEyeOff size={14} />}
                onClick={onDismiss}
                data-testid="insight-dismiss"
              >
                {t('insights.dismiss')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
