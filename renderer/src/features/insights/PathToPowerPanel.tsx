import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Timeline } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';
import { useApi } from '../../api/client';
import { useOpenPerson } from '../people/personPageContext';

interface Props {
  accountId: string;
  mapId?: string;
  /** The people in scope (a map's, with its deal values), to offer targets and name the chains. */
  people: Person[];
  /** Shows a chain on the map (its people in order); without it the button is not offered. */
  onShowOnMap?(personIds: string[]): void;
}

const nameOf = (person: Person | undefined, fallback: string) => person?.name || person?.title || fallback;

/** Pick a decision maker or approver; see who could introduce us to them, strongest chain first. */
export function PathToPowerPanel({ accountId, mapId, people, onShowOnMap }: Props) {
  const { t } = useTranslation();
  const openPerson = useOpenPerson();
  const targets = people.filter(
    (person) => !person.isPlaceholder && (person.role === 'decision_maker' || person.role === 'approver'),
  );
  const [chosen, setChosen] = useState<string | null>(null);
  // Until one is picked, the first key player who does not back us yet: that is where a path matters.
  const fallback =
    targets.find((person) => person.stance !== 'supportive' && person.stance !== 'champion') ?? targets[0];
  const targetId = targets.find((person) => person.id === chosen)?.id ?? fallback?.id ?? null;
  const result = useApi(
    'insights.pathToPower',
    { accountId, targetId: targetId ?? '', ...(mapId ? { mapId } : {}) },
    targetId !== null,
  );
  const byId = new Map(people.map((person) => [person.id, person]));
  const name = (id: string) => nameOf(byId.get(id), t('people.unnamed'));

  if (targets.length === 0)
    return (
      <Alert color="gray" variant="light">
        {t('insights.path.noTargets')}
      </Alert>
    );
  return (
    <Stack gap="sm" data-testid="path-to-power">
      <Text size="xs" c="dimmed">
        {t('insights.path.explain')}
      </Text>
      <Select
        label={t('insights.path.target')}
        placeholder={t('insights.path.targetPlaceholder')}
        data={targets.map((person) => ({
          value: person.id,
          label: `${nameOf(person, '?')} · ${t(`enums.role.${person.role}`)}`,
        }))}
        value={targetId}
        onChange={setChosen}
        allowDeselect={false}
        data-testid="path-target"
      />
      {result.data?.targetSupports && (
        <Alert color="teal" variant="light">
          {t('insights.path.supports', { name: name(result.data.targetId) })}
        </Alert>
      )}
      {result.data && !result.data.targetSupports && result.data.paths.length === 0 && (
        <Alert color="orange" variant="light" data-testid="path-none">
          {t('insights.path.none', { name: name(result.data.targetId) })}
        </Alert>
      )}
      {result.data?.paths.map((path, index) => (
        <Paper key={path.personIds.join('>')} withBorder p="sm" radius="md" data-testid="path-chain">
          <Group justify="space-between" mb="xs">
            <Group gap={6}>
              <IconRoute size={16} />
              <Text fw={600} size="sm">
                {t('insights.path.chain', { index: index + 1 })}
              </Text>
            </Group>
            <Group gap={6}>
              <Badge variant="light" color={index === 0 ? 'teal' : 'gray'}>
                {t('insights.path.strength', { score: Math.round(path.score * 100) })}
              </Badge>
              {onShowOnMap && (
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => onShowOnMap(path.personIds)}
                  data-testid="path-show"
                >
                  {t('insights.path.showOnMap')}
                </Button>
              )}
            </Group>
          </Group>
          <Timeline active={path.steps.length} bulletSize={18} lineWidth={2}>
            {path.personIds.map((id, step) => {
              const next = path.steps[step];
              return (
                <Timeline.Item
                  key={id}
                  title={
                    <Text
                      size="sm"
                      fw={500}
                      style={{ cursor: 'pointer' }}
                      onClick={() => openPerson(id)}
                      data-testid="path-person"
                    >
                      {name(id)}
                    </Text>
                  }
                >
                  {next && (
                    <Text size="xs" c="dimmed">
                      {t(`insights.path.via.${next.via}`, { from: name(next.fromId), to: name(next.toId) })}
                    </Text>
                  )}
                </Timeline.Item>
              );
            })}
          </Timeline>
        </Paper>
      ))}
    </Stack>
  );
}
