import { useMemo, useState } from 'react';
import { Accordion, Alert, Badge, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InsightView } from '../../../../shared/api/methods/insights';
import { SEVERITIES } from '../../../../shared/domain/insights/types';
import { useApi } from '../../api/client';
import { notifyWithUndo } from '../../app/notify';
import { useUndo } from '../../undo/UndoContext';
import { InsightCard, type PersonLabel, SEVERITY_COLOR } from './InsightCard';
import { actionPrefill, type ActionPrefill, insightTitle } from './insightText';
import { ReasonModal } from './ReasonModal';
import { StatusLight } from './StatusBadge';
import { useInsightCommands } from './useInsightCommands';
import { useConfirmAssessment } from '../people/useConfirmAssessment';

interface Props {
  accountId: string;
  /** One map's insights (a deal map judges by the deal's values); the whole account without. */
  mapId?: string;
  /** "Make this an action": the action-plan sheet opens a new action with these values. */
  onMakeAction(prefill: ActionPrefill): void;
}

/** The account's warnings grouped by severity, each one actionable, dismissible and snoozable. */
export function InsightsPanel({ accountId, mapId, onMakeAction }: Props) {
  const { t } = useTranslation();
  const list = useApi('insights.list', mapId ? { accountId, mapId } : { accountId });
  const peopleList = useApi('people.list', { accountId });
  const commands = useInsightCommands(accountId);
  const confirm = useConfirmAssessment(accountId);
  const undo = useUndo();
  const announce = (key: string) => (ok: boolean) => {
    if (ok) notifyWithUndo(t(key), () => void undo.undo());
  };
  const [asking, setAsking] = useState<{ mode: 'dismiss' | 'snooze'; insight: InsightView } | null>(null);

  const people = useMemo(
    () =>
      new Map<string, PersonLabel>(
        (peopleList.data ?? []).map((person) => [
          person.id,
          { id: person.id, name: person.name || person.title || t('people.unnamed') },
        ]),
      ),
    [peopleList.data, t],
  );

  const peopleById = new Map((peopleList.data ?? []).map((person) => [person.id, person]));

  if (!list.data)
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    );
  const active = list.data.insights.filter((insight) => insight.state === null);
  const hidden = list.data.insights.filter((insight) => insight.state !== null);

  const card = (insight: InsightView) => (
    <InsightCard
      key={`${insight.rule}:${insight.subject}`}
      insight={insight}
      people={people}
      onMakeAction={() => onMakeAction(actionPrefill(insight, t))}
      onDismiss={() => setAsking({ mode: 'dismiss', insight })}
      onSnooze={() => setAsking({ mode: 'snooze', insight })}
      onRestore={() => void commands.restore(insight).then(announce('insights.restored'))}
      onConfirmAssessment={
        insight.rule === 'assessment_stale' && peopleById.has(insight.subject)
          ? () => {
              const person = peopleById.get(insight.subject);
              if (person) void confirm(person);
            }
          : undefined
      }
    />
  );

  return (
    <Stack gap="md" data-testid="insights-panel">
      <Group justify="space-between">
        <StatusLight status={list.data.status} />
        <Text size="sm" c="dimmed">
          {t('insights.activeCount', { count: active.length })}
        </Text>
      </Group>
      {active.length === 0 && (
        <Alert color="teal" variant="light" data-testid="insights-empty">
          {t('insights.empty')}
        </Alert>
      )}
      {SEVERITIES.map((severity) => {
        const group = active.filter((insight) => insight.severity === severity);
        if (group.length === 0) return null;
        return (
          <Stack gap="xs" key={severity} data-testid={`insights-${severity}`}>
            <Group gap={6}>
              <Badge color={SEVERITY_COLOR[severity]} variant="filled" size="sm">
                {t(`insights.severity.${severity}`)}
              </Badge>
              <Title order={6}>{group.length}</Title>
            </Group>
            {group.map(card)}
          </Stack>
        );
      })}
      {hidden.length > 0 && (
        <Accordion variant="contained">
          <Accordion.Item value="hidden">
            <Accordion.Control data-testid="insights-hidden">
              {t('insights.hidden', { count: hidden.length })}
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">{hidden.map(card)}</Stack>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
      <ReasonModal
        mode={asking?.mode ?? null}
        title={asking ? insightTitle(asking.insight, t) : ''}
        onClose={() => setAsking(null)}
        onConfirm={(reason, until) => {
          if (!asking) return;
          const { insight, mode } = asking;
          setAsking(null);
          const done =
            mode === 'snooze' && until ? commands.snooze(insight, reason, until) : commands.dismiss(insight, reason);
          void done.then(announce(mode === 'snooze' ? 'insights.snoozed' : 'insights.dismissed'));
        }}
      />
    </Stack>
  );
}
