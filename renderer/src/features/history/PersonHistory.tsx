import { Badge, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconArrowsExchange, IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, queryKey } from '../../api/client';
import { direction } from '../../../../shared/domain/history';
import { HistoryChart, NoHistory } from './HistoryChart';
import { fieldLabel, valueLabel } from './format';
import { EntryReason } from './reasons/EntryReason';

const COLOUR = { up: 'teal', down: 'red', changed: 'gray' } as const;
const ARROW = { up: IconArrowUpRight, down: IconArrowDownRight, changed: IconArrowsExchange } as const;

/** The person page's History tab: the path of their assessments over time and every change. */
export function PersonHistory({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const input = { personId };
  // Edits elsewhere append to the log: read it afresh whenever the tab opens.
  const history = useQuery({
    queryKey: queryKey('history.person', input),
    queryFn: () => api.call('history.person', input),
    staleTime: 0,
    refetchOnMount: 'always',
  });
  if (!history.data) {
    return (
      <Stack p="md" data-testid="person-history">
        {history.isError ? <Text c="red">{t('errors.not_found')}</Text> : <Loader size="sm" />}
      </Stack>
    );
  }
  const { createdAt, current } = history.data;
  // A review is one entry per judgement it found still right: the list shows it once.
  const entries = history.data.entries.filter(
    (entry, index, all) => entry.kind === 'change' || all.findIndex((e) => e.changeId === entry.changeId) === index,
  );
  // The chart follows the values, dated when they were learned; a review moves none of them.
  const accountLevel = entries
    .filter((entry) => entry.opportunityId === null && entry.kind === 'change')
    .map((entry) => ({ ...entry, changedAt: entry.learnedAt ?? entry.changedAt }));
  const when = (at: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
  const day = (at: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(at));
  return (
    <Stack p="md" gap="md" data-testid="person-history">
      <div>
        <Title order={5}>{t('history.chartTitle')}</Title>
        <Text size="xs" c="dimmed">
          {t('history.created', { date: when(createdAt) })}
        </Text>
      </div>
      <HistoryChart createdAt={createdAt} current={current} changes={accountLevel} />
      <Title order={5}>{t('history.listTitle')}</Title>
      {entries.length === 0 ? (
        <NoHistory />
      ) : (
        <Table striped verticalSpacing={6} data-testid="history-list">
          <Table.Tbody>
            {[...entries].reverse().map((entry) => {
              const dated = (
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  <Text size="xs" c="dimmed">
                    {entry.learnedAt
                      ? t('history.learnedOn', { date: day(entry.learnedAt), recorded: day(entry.changedAt) })
                      : when(entry.changedAt)}
                  </Text>
                </Table.Td>
              );
              if (entry.kind === 'review') {
                return (
                  <Table.Tr key={entry.seq} data-testid="history-entry" data-kind="review">
                    {dated}
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
                        <Text size="sm">{t('history.reviewed')}</Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              }
              const way = direction(entry.field, entry.oldValue ?? entry.newValue, entry.newValue);
              const Arrow = ARROW[way];
              return (
                <Table.Tr key={entry.seq} data-testid="history-entry" data-kind="change">
                  {dated}
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Arrow
                        size={16}
                        color={`var(--mantine-color-${COLOUR[way]}-7)`}
                        aria-label={t(`history.${way}`)}
                      />
                      <Text size="sm">
                        <b>{fieldLabel(t, entry.field)}</b>:{' '}
                        {entry.oldValue !== null ? valueLabel(t, entry.field, entry.oldValue) : '—'} →{' '}
                        <Text span c={`${COLOUR[way]}.8`} fw={600}>
                          {valueLabel(t, entry.field, entry.newValue)}
                        </Text>
                      </Text>
                      {entry.opportunityName && (
                        <Badge size="xs" variant="light" color="indigo">
                          {t('history.deal', { name: entry.opportunityName })}
                        </Badge>
                      )}
                    </Group>
                    {entry.reason ? (
                      <Text size="xs" mt={2}>
                        {entry.reason}
                      </Text>
                    ) : (
                      <EntryReason changeId={entry.changeId} />
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
