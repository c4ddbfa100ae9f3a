import { useMemo, useState } from 'react';
import { Button, Center, Grid, Group, Loader, Paper, ScrollArea, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '../../../../shared/api/methods/interactions';
import { SCENARIOS, type Scenario } from '../../../../shared/domain/enums';
import { useApi } from '../../api/client';
import { useTimelinePages } from '../../api/timelinePages';
import { useOpenPerson } from '../people/personPageContext';
import { CommitmentItem } from './CommitmentItem';
import { BankBalances, ContactsDue } from './ContactsDue';
import { formatDay, localDay, userTimeZone } from './format';
import { InteractionCard } from './InteractionCard';
import { TimelineMore } from './TimelineMore';
import { openQuickAdd } from './quickAddStore';
import { useInteractionCommands } from './useInteractionCommands';
import { useNames } from './useNames';
import { keysOf } from '../../actions/platform';
import { useScreenHeading } from '../../app/useScreenHeading';

/** The account's contacts by day, with who is due, what is promised and each person's bank balance. */
export function AccountTimeline({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const names = useNames(accountId);
  const commands = useInteractionCommands();
  const openPerson = useOpenPerson();
  const timeZone = userTimeZone();
  const [person, setPerson] = useState<string | null>(null);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const filtered = person !== null || scenario !== null;
  const timeline = useTimelinePages(
    { accountId, ...(person ? { personId: person } : {}), ...(scenario ? { scenario } : {}) },
    { sameTimeline: (previous) => previous.accountId === accountId },
  );
  // Whether nothing matches the filters or the account has no contacts at all: asked only then.
  const unfiltered = useApi('interactions.page', { accountId, limit: 1 }, filtered && timeline.total === 0);
  const status = useApi('interactions.contactStatus', { accountId, timeZone });
  const open = useApi('commitments.list', { accountId, openOnly: true });
  const heading = useScreenHeading();

  const days = useMemo(() => {
    const groups: { day: string; items: Interaction[] }[] = [];
    for (const interaction of timeline.items) {
      const day = localDay(interaction.occurredAt);
      const last = groups.at(-1);
      if (last?.day === day) last.items.push(interaction);
      else groups.push({ day, items: [interaction] });
    }
    return groups;
  }, [timeline.items]);

  if (timeline.isPending) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  // With a filter on, "no contacts yet" only once the unfiltered count says there are none.
  const noneAtAll = !filtered || unfiltered.data?.total === 0;
  return (
    <ScrollArea h="100%" data-testid="account-timeline">
      <Grid p="md" gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Group justify="space-between" mb="md">
            <Title order={2} size="h3" ref={heading}>
              {t('interactions.timeline')}
            </Title>
            <Group gap="xs">
              <Select
                size="xs"
                w={180}
                placeholder={t('interactions.allPeople')}
                aria-label={t('interactions.filterPerson')}
                data={names.people
                  .filter((p) => !p.isPlaceholder)
                  .map((p) => ({ value: p.id, label: names.person(p.id) }))}
                value={person}
                onChange={setPerson}
                searchable
                clearable
                data-testid="timeline-filter-person"
              />
              <Select
                size="xs"
                w={170}
                placeholder={t('interactions.allScenarios')}
                aria-label={t('interactions.filterScenario')}
                data={SCENARIOS.map((s) => ({ value: s, label: t(`interactions.scenario.${s}`) }))}
                value={scenario}
                onChange={(value) => setScenario(SCENARIOS.find((s) => s === value) ?? null)}
                clearable
                data-testid="timeline-filter-scenario"
              />
              <Button
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => openQuickAdd(person ? { personIds: [person] } : {})}
                data-testid="timeline-log-contact"
              >
                {t('interactions.logContact')}
              </Button>
            </Group>
          </Group>
          {days.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl">
              {noneAtAll
                ? t('interactions.empty', { keys: keysOf('app.logContact') })
                : t('interactions.emptyFiltered')}
            </Text>
          ) : (
            <Stack gap="lg" data-testid="timeline-list">
              {days.map(({ day, items }) => (
                <Stack key={day} gap="xs" data-testid="timeline-day" data-day={day}>
                  <Text size="sm" fw={600} c="dimmed">
                    {formatDay(day, i18n.language)}
                  </Text>
                  {items.map((interaction) => (
                    <InteractionCard
                      key={interaction.id}
                      interaction={interaction}
                      names={names}
                      commands={commands}
                      onOpenPerson={openPerson}
                    />
                  ))}
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
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <Paper withBorder p="sm" radius="md">
              <Title order={5} mb="xs">
                {t('interactions.contactsDue')}
              </Title>
              <ContactsDue people={status.data?.people ?? []} names={names} />
            </Paper>
            <Paper withBorder p="sm" radius="md" data-testid="open-commitments">
              <Title order={5} mb="xs">
                {t('interactions.openCommitments')}
              </Title>
              {(open.data ?? []).length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('interactions.noOpenCommitments')}
                </Text>
              ) : (
                <Stack gap="xs">
                  {(open.data ?? []).map((c) => (
                    <CommitmentItem key={c.id} commitment={c} names={names} commands={commands} />
                  ))}
                </Stack>
              )}
            </Paper>
            <Paper withBorder p="sm" radius="md">
              <Title order={5} mb="xs">
                {t('interactions.bankBalances')}
              </Title>
              <BankBalances people={status.data?.people ?? []} names={names} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </ScrollArea>
  );
}
