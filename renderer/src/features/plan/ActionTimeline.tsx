import { Badge, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../shared/api/methods/plan';
import { HORIZONS, type Horizon } from '../../../../shared/domain/enums';
import { effectiveHorizon, horizonEnd, isOverdue, todayIso } from '../../../../shared/domain/horizon';
import { personName, useFormatDate } from './format';
import { STATUS_COLOR } from './ActionsTable';
import type { PlanData } from './usePlanData';

type Column = Horizon | 'none';

/** The actions on a 3-month / 6-month / 1-year timeline, each column in due-date order. */
export function ActionTimeline({
  actions,
  data,
  onEdit,
}: {
  actions: readonly Action[];
  data: PlanData;
  onEdit(action: Action): void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const today = todayIso();
  const columns: Column[] = [...HORIZONS, 'none'];
  const inColumn = (column: Column) =>
    actions
      .filter((a) => (effectiveHorizon(a, today) ?? 'none') === column)
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  return (
    <SimpleGrid cols={4} spacing="sm" data-testid="actions-timeline">
      {columns.map((column) => {
        const items = inColumn(column);
        return (
          <Paper key={column} withBorder p="xs" bg="gray.0" data-testid={`timeline-${column}`}>
            <Group justify="space-between" mb={4}>
              <Title order={6}>{column === 'none' ? t('plan.sheet.noDate') : t(`plan.horizon.${column}`)}</Title>
              <Badge variant="light" size="sm">
                {items.length}
              </Badge>
            </Group>
            {column !== 'none' && (
              <Text size="xs" c="dimmed" mb="xs">
                {t('plan.sheet.dueIn', { date: formatDate(horizonEnd(column, today)) })}
              </Text>
            )}
            <Stack gap={6}>
              {items.map((action) => {
                const late =
                  (action.status === 'todo' || action.status === 'doing') && isOverdue(action.dueDate, today);
                return (
                  <Card
                    key={action.id}
                    withBorder
                    padding={8}
                    style={{ cursor: 'pointer', opacity: action.status === 'dropped' ? 0.55 : 1 }}
                    onClick={() => onEdit(action)}
                    data-testid="timeline-card"
                  >
                    <Text size="sm" fw={500} td={action.status === 'done' ? 'line-through' : undefined}>
                      {action.title}
                    </Text>
                    <Text size="xs" c={late ? 'red' : 'dimmed'}>
                      {action.dueDate ? formatDate(action.dueDate) : t('plan.sheet.noDate')}
                      {action.ownerMemberId ? ` · ${data.membersById.get(action.ownerMemberId)?.name ?? ''}` : ''}
                    </Text>
                    <Group gap={4} mt={4}>
                      <Badge size="xs" color={STATUS_COLOR[action.status]} variant="light">
                        {t(`plan.actionStatus.${action.status}`)}
                      </Badge>
                      {action.personIds.slice(0, 3).map((id) => {
                        const person = data.peopleById.get(id);
                        return person ? (
                          <Badge key={id} size="xs" variant="outline" style={{ textTransform: 'none' }}>
                            {personName(person)}
                          </Badge>
                        ) : null;
                      })}
                    </Group>
                  </Card>
                );
              })}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
