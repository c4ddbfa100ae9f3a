import { ActionIcon, Anchor, AppShell, Badge, Group, Loader, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Goal, MyPlanRow } from '../../../../shared/api/methods/plan';
import { buildCsv } from '../../../../shared/domain/csv';
import type { Horizon } from '../../../../shared/domain/enums';
import { goalGap } from '../../../../shared/domain/goalGap';
import { effectiveHorizon, isOverdue, todayIso } from '../../../../shared/domain/horizon';
import { useApi } from '../../api/client';
import { downloadText, personName, useFormatDate } from './format';
import { goalTitle } from './goalText';
import { SheetFrame } from './SheetFrame';
import { PrintExportButtons } from './PrintExportButtons';
import { useScreenHeading } from '../../app/useScreenHeading';

interface Props {
  onBack(): void;
  onOpenPerson(accountId: string, personId: string): void;
  onSettings(): void;
}

const HORIZON_COLUMNS: Horizon[] = ['3m', '6m', '12m'];

const currentState = (row: MyPlanRow, t: TFunction) =>
  [t(`enums.stanceShort.${row.stance}`), t(`enums.access.${row.access}`), t(`enums.progress.${row.progress}`)].join(
    ' · ',
  );

/** Goals of the row whose horizon (or due date) falls in the column. */
const goalsIn = (row: MyPlanRow, horizon: Horizon, today: string): Goal[] =>
  row.goals.filter((g) => (effectiveHorizon(g, today) ?? '12m') === horizon);

/** The personal action-plan sheet of the method (docs/method.md, "Planning"), across every account. */
export function MyPlanScreen({ onBack, onOpenPerson, onSettings }: Props) {
  const { t } = useTranslation();
  const heading = useScreenHeading();
  const plan = useApi('plan.myPlan', {});
  const formatDate = useFormatDate();
  const today = todayIso();

  const exportCsv = () => {
    if (!plan.data) return;
    const header = [
      t('plan.columns.person'),
      t('plan.columns.account'),
      t('plan.columns.current'),
      t('plan.columns.target3'),
      t('plan.columns.target6'),
      t('plan.columns.target12'),
      t('plan.columns.nextActions'),
      t('plan.columns.nextDue'),
    ];
    const rows = plan.data.rows.map((row) => [
      personName(row),
      row.accountName,
      currentState(row, t),
      ...HORIZON_COLUMNS.map((h) =>
        goalsIn(row, h, today)
          .map((g) => `${goalTitle(g, t)}${g.dueDate ? ` (${g.dueDate})` : ''}`)
          .join('; '),
      ),
      row.actions.map((a) => `${a.title}${a.dueDate ? ` (${a.dueDate})` : ''}`).join('; '),
      row.actions.find((a) => a.dueDate)?.dueDate ?? '',
    ]);
    const file = `${t('plan.myPlan.title')} ${today}.csv`;
    downloadText(file, buildCsv(header, rows), 'text/csv;charset=utf-8');
  };

  return (
    <AppShell header={{ height: 56 }}>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Group gap="sm">
            <Tooltip label={t('home.title')}>
              <ActionIcon
                variant="subtle"
                size="lg"
                onClick={onBack}
                aria-label={t('common.back')}
                data-testid="back-home"
              >
                <IconArrowLeft size={18} />
              </ActionIcon>
            </Tooltip>
            <Title order={1} size="h4" ref={heading}>
              {t('plan.myPlan.title')}
            </Title>
          </Group>
          <Group gap="xs">
            <PrintExportButtons onExportCsv={exportCsv} exportDisabled={!plan.data} />
            <Tooltip label={t('settings.title')}>
              <ActionIcon
                variant="subtle"
                size="lg"
                onClick={onSettings}
                aria-label={t('settings.title')}
                data-testid="open-settings"
              >
                ⚙
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <SheetFrame testId="my-plan">
          <Title order={2}>{t('plan.myPlan.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('plan.myPlan.subtitle')}
          </Text>
          {plan.data && (
            <Text size="xs" c="dimmed" mb="md">
              {plan.data.me ? t('plan.myPlan.forMe', { name: plan.data.me.name }) : t('plan.myPlan.forAll')}
            </Text>
          )}
          {!plan.data ? (
            <Loader />
          ) : plan.data.rows.length === 0 ? (
            <Text c="dimmed" py="xl" ta="center">
              {t('plan.myPlan.empty')}
            </Text>
          ) : (
            <Table withTableBorder withColumnBorders verticalSpacing="xs" data-testid="my-plan-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="18%">{t('plan.columns.person')}</Table.Th>
                  <Table.Th w="14%">{t('plan.columns.current')}</Table.Th>
                  <Table.Th w="16%">{t('plan.columns.target3')}</Table.Th>
                  <Table.Th w="16%">{t('plan.columns.target6')}</Table.Th>
                  <Table.Th w="16%">{t('plan.columns.target12')}</Table.Th>
                  <Table.Th>{t('plan.columns.nextActions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.data.rows.map((row) => (
                  <Table.Tr key={row.personId} data-testid="my-plan-row">
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Anchor
                        component="button"
                        fw={600}
                        size="sm"
                        onClick={() => onOpenPerson(row.accountId, row.personId)}
                        aria-label={t('plan.myPlan.openPerson', { name: personName(row), account: row.accountName })}
                      >
                        {personName(row)}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {[row.name ? row.title : '', row.accountName].filter(Boolean).join(' · ')}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`enums.role.${row.role}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm">{currentState(row, t)}</Text>
                    </Table.Td>
                    {HORIZON_COLUMNS.map((horizon) => (
                      <Table.Td key={horizon} style={{ verticalAlign: 'top' }}>
                        <Stack gap={4}>
                          {goalsIn(row, horizon, today).map((goal) => {
                            const gap = goalGap(row, goal, today);
                            return (
                              <div key={goal.id}>
                                <Text size="sm">{goalTitle(goal, t)}</Text>
                                <Group gap={4}>
                                  {goal.dueDate && (
                                    <Text size="xs" c={gap.overdue ? 'red' : 'dimmed'}>
                                      {formatDate(goal.dueDate)}
                                    </Text>
                                  )}
                                  <Badge size="xs" variant="light" color={gap.met ? 'teal' : 'orange'}>
                                    {gap.met ? t('plan.goal.met') : t('plan.goal.steps', { count: gap.totalSteps })}
                                  </Badge>
                                </Group>
                              </div>
                            );
                          })}
                        </Stack>
                      </Table.Td>
                    ))}
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Stack gap={2}>
                        {row.actions.slice(0, 4).map((action) => (
                          <Text key={action.id} size="sm">
                            {action.title}
                            {action.dueDate && (
                              <Text span size="xs" c={isOverdue(action.dueDate, today) ? 'red' : 'dimmed'}>
                                {' · '}
                                {formatDate(action.dueDate)}
                              </Text>
                            )}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </SheetFrame>
      </AppShell.Main>
    </AppShell>
  );
}
