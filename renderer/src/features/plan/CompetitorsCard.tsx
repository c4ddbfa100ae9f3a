import { ActionIcon, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import { useApi } from '../../api/client';
import { useFieldProblem } from '../../app/issueText';
import { CommitTextInput } from '../map/CommitTextInput';
import { AddCompetitor, nameTaken } from './AddCompetitor';
import type { PlanCommands } from './usePlanCommands';
import { usePlanDeletes } from './usePlanDeletes';

/** The vendors competing for the account: added, renamed and removed in place, each step undoable. */
export function CompetitorsCard({ accountId, commands }: { accountId: string; commands: PlanCommands }) {
  const { t } = useTranslation();
  const fieldProblem = useFieldProblem();
  const competitors = useApi('competitors.list', { accountId });
  // What a deletion takes along (the competitor's analysis column) or unlinks (people leaning to it).
  const cells = useApi('analysis.get', { accountId });
  const people = useApi('people.list', { accountId });
  const deletes = usePlanDeletes(commands);
  const list = competitors.data ?? [];
  return (
    <Card withBorder data-testid="competitors">
      <Title order={4} mb="sm">
        {t('plan.profile.competitors')}
      </Title>
      <Stack gap="xs">
        {list.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('plan.profile.competitorsEmpty')}
          </Text>
        )}
        {list.map((competitor) => (
          <Group key={competitor.id} gap="xs" wrap="nowrap">
            <CommitTextInput
              style={{ flex: 1 }}
              value={competitor.name}
              aria-label={t('plan.profile.competitorName')}
              maxLength={TEXT_LIMITS.name}
              validate={(name) =>
                fieldProblem('competitors.rename', { id: competitor.id, name }, 'name') ??
                (nameTaken(list, name, competitor.id) ? t('plan.profile.duplicateName') : null)
              }
              onCommit={(value) => void commands.renameCompetitor(competitor, value)}
            />
            <Tooltip label={t('plan.remove')}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`${t('plan.remove')} ${competitor.name}`}
                onClick={() =>
                  void deletes.competitor(
                    competitor,
                    (cells.data ?? []).filter((c) => c.competitorId === competitor.id).length,
                    (people.data ?? []).filter((p) => p.competitorId === competitor.id).length,
                  )
                }
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
        <AddCompetitor accountId={accountId} competitors={list} commands={commands} />
      </Stack>
      {deletes.dialog}
    </Card>
  );
}
