import { useState } from 'react';
import { ActionIcon, Button, Card, Group, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/client';
import { notifyWithUndo } from '../../app/notify';
import { useUndo } from '../../undo/UndoContext';
import { CommitTextInput } from '../map/CommitTextInput';
import type { PlanCommands } from './usePlanCommands';

/** The vendors competing for the account: added, renamed and removed in place, each step undoable. */
export function CompetitorsCard({ accountId, commands }: { accountId: string; commands: PlanCommands }) {
  const { t } = useTranslation();
  const undo = useUndo();
  const competitors = useApi('competitors.list', { accountId });
  const [name, setName] = useState('');
  const list = competitors.data ?? [];
  const taken = (value: string, exceptId?: string) =>
    list.some((c) => c.id !== exceptId && c.name.toLowerCase() === value.toLowerCase());
  const add = async () => {
    const value = name.trim();
    if (!value || taken(value)) return;
    if (await commands.createCompetitor(accountId, value)) setName('');
  };
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
              validate={(value) =>
                !value
                  ? t('plan.profile.competitorName')
                  : taken(value, competitor.id)
                    ? t('plan.profile.duplicateName')
                    : null
              }
              onCommit={(value) => void commands.renameCompetitor(competitor, value)}
            />
            <Tooltip label={t('plan.remove')}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`${t('plan.remove')} ${competitor.name}`}
                onClick={async () => {
                  if (await commands.deleteCompetitor(competitor)) {
                    notifyWithUndo(
                      t('plan.profile.competitorDeleted', { name: competitor.name }),
                      () => void undo.undo(),
                    );
                  }
                }}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
        <Group gap="xs" wrap="nowrap" data-no-print>
          <TextInput
            style={{ flex: 1 }}
            placeholder={t('plan.profile.competitorPlaceholder')}
            aria-label={t('plan.profile.addCompetitor')}
            value={name}
            error={taken(name.trim()) ? t('plan.profile.duplicateName') : null}
            onChange={(event) => setName(event.currentTarget.value)}
            onKeyDown={(event) => event.key === 'Enter' && void add()}
          />
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => void add()}
            disabled={!name.trim()}
          >
            {t('plan.profile.addCompetitor')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
