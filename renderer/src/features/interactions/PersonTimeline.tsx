import type { ReactNode } from 'react';
import { Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/client';
import { useTimelinePages } from '../../api/timelinePages';
import { CadenceControl } from './CadenceControl';
import { CommitmentItem } from './CommitmentItem';
import { DueBadge } from './ContactsDue';
import { formatDate, formatDay, localDay, userTimeZone } from './format';
import { InteractionCard } from './InteractionCard';
import { TimelineMore } from './TimelineMore';
import { openQuickAdd } from './quickAddStore';
import { useInteractionCommands } from './useInteractionCommands';
import { useNames } from './useNames';

function Stat({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Text size="xs" c="dimmed" mb={4}>
        {label}
      </Text>
      {children}
    </Paper>
  );
}

/** One person's contacts: when last and next, the cadence in effect, promises and bank balance. */
export function PersonTimeline({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const timeZone = userTimeZone();
  const summary = useApi('interactions.personStatus', { personId, timeZone });
  const accountId = summary.data?.accountId ?? null;
  const timeline = useTimelinePages({ accountId: accountId ?? '', personId }, { enabled: accountId !== null });
  const commitments = useApi('commitments.list', { accountId: accountId ?? '', personId }, accountId !== null);
  const names = useNames(accountId);
  const commands = useInteractionCommands();

  if (!summary.data || timeline.isPending) {
    return (
      <Center h={120} data-testid="person-timeline">
        <Loader size="sm" />
      </Center>
    );
  }
  const { status, tier, tierCadenceDays } = summary.data;
  const balance = status.bankBalance;
  // A placeholder is a role, not yet someone to call: no cadence runs for it.
  const placeholder = names.people.find((person) => person.id === personId)?.isPlaceholder ?? false;
  return (
    <Stack data-testid="person-timeline">
      {placeholder ? (
        <Text size="sm" c="dimmed" data-testid="placeholder-no-cadence">
          {t('interactions.placeholderNoCadence')}
        </Text>
      ) : (
        <SimpleGrid cols={2} spacing="sm">
          <Stat label={t('interactions.lastContacted')} testId="person-last-contacted">
            <Text size="sm" fw={600}>
              {status.lastContactDate
                ? formatDate(status.lastContactDate, i18n.language)
                : t('interactions.neverContacted')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('interactions.contactsCount', { count: status.interactionCount })}
            </Text>
          </Stat>
          <Stat label={t('interactions.nextDue')} testId="person-next-due">
            <Group gap="xs">
              <Text size="sm" fw={600} c={status.overdue ? 'red' : undefined} data-testid="person-next-due-date">
                {formatDate(status.nextDueDate, i18n.language)}
              </Text>
              <DueBadge status={status} />
            </Group>
          </Stat>
          <Stat label={t('interactions.cadence')} testId="person-cadence">
            <CadenceControl status={status} tier={tier} tierCadenceDays={tierCadenceDays} commands={commands} />
          </Stat>
          <Stat label={t('interactions.balance')} testId="person-bank-balance">
            <Text size="xl" fw={700} c={balance > 0 ? 'teal' : balance < 0 ? 'red' : 'dimmed'}>
              {balance > 0 ? `+${balance}` : balance}
            </Text>
          </Stat>
        </SimpleGrid>
      )}
      <Group justify="space-between">
        <Title order={5}>{t('interactions.personCommitments')}</Title>
        <Button
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => openQuickAdd({ personIds: [personId] })}
          data-testid="person-log-contact"
        >
          {t('interactions.logContact')}
        </Button>
      </Group>
      {(commitments.data ?? []).length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('interactions.noCommitments')}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="person-commitments">
          {(commitments.data ?? []).map((c) => (
            <CommitmentItem key={c.id} commitment={c} names={names} commands={commands} />
          ))}
        </Stack>
      )}
      <Title order={5}>{t('interactions.timeline')}</Title>
      {timeline.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('interactions.personEmpty')}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="timeline-list">
          {timeline.items.map((interaction) => (
            <Stack key={interaction.id} gap={2}>
              <Text size="xs" c="dimmed">
                {formatDay(localDay(interaction.occurredAt), i18n.language)}
              </Text>
              <InteractionCard interaction={interaction} names={names} commands={commands} />
            </Stack>
          ))}
        </Stack>
      )}
      {timeline.items.length > 0 && (
        <TimelineMore
          shown={timeline.items.length}
          total={timeline.total ?? 0}
          hasMore={timeline.hasNextPage}
          busy={timeline.isFetchingNextPage || timeline.isPlaceholderData}
          onLoadMore={() => void timeline.fetchNextPage()}
        />
      )}
    </Stack>
  );
}
