import { Badge, Group, Loader, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/client';
import type { MapView } from '../../../../shared/api/entities';
import { useOpenPerson } from '../people/personPageContext';
import { fieldLabel, formatDay, utcOffset, valueLabel } from './format';

const COLOUR = { up: 'teal', down: 'red', changed: 'gray' } as const;
const ARROW = { up: IconArrowUpRight, down: IconArrowDownRight, changed: IconArrowsExchange } as const;

/** Who on the map moved between two days, which way, and who came onto it. */
export function MoversAside(props: { mapId: string; from: string; to: string; view: MapView }) {
  const { mapId, from, to, view } = props;
  const { t, i18n } = useTranslation();
  const openPerson = useOpenPerson();
  const result = useApi('history.compare', { mapId, from, to, utcOffset: utcOffset() });
  const names = new Map(view.people.map((person) => [person.id, person.name || person.title]));
  return (
    <Stack gap="sm" data-testid="movers">
      <div>
        <Title order={5}>{t('history.moversTitle')}</Title>
        <Text size="xs" c="dimmed">
          {formatDay(from, i18n.language)} → {formatDay(to, i18n.language)}
        </Text>
      </div>
      {!result.data ? (
        <Loader size="sm" />
      ) : result.data.movers.length === 0 && result.data.added.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.noMovers')}
        </Text>
      ) : (
        <>
          {result.data.movers.map((mover) => (
            <UnstyledButton
              key={mover.personId}
              onClick={() => openPerson(mover.personId)}
              data-testid="mover"
              p={6}
              style={{
                borderRadius: 'var(--mantine-radius-sm)',
                border: '1px solid var(--mantine-color-default-border)',
              }}
            >
              <Text size="sm" fw={600}>
                {mover.name || mover.title}
              </Text>
              <Stack gap={2} mt={2}>
                {mover.moves.map((move) => {
                  const Arrow = ARROW[move.direction];
                  return (
                    <div key={move.field}>
                      <Group gap={6} wrap="nowrap">
                        <Arrow
                          size={16}
                          color={`var(--mantine-color-${COLOUR[move.direction]}-7)`}
                          aria-label={t(`history.${move.direction}`)}
                        />
                        <Text size="xs" c={`${COLOUR[move.direction]}.8`}>
                          {fieldLabel(t, move.field)}
                          {t('common.colon')}
                          {valueLabel(t, move.field, move.from)} → {valueLabel(t, move.field, move.to)}
                        </Text>
                      </Group>
                      {move.reasons.map((reason) => (
                        <Text key={reason} size="xs" c="dimmed" fs="italic" pl={22} data-testid="mover-reason">
                          {reason}
                        </Text>
                      ))}
                    </div>
                  );
                })}
              </Stack>
            </UnstyledButton>
          ))}
          {result.data.added.length > 0 && (
            <div>
              <Text size="xs" fw={700} c="dimmed" mb={4}>
                {t('history.added')}
              </Text>
              <Group gap={4}>
                {result.data.added.map((id) => (
                  <Badge key={id} variant="light" color="blue" tt="none">
                    {names.get(id) ?? '…'}
                  </Badge>
                ))}
              </Group>
            </div>
          )}
        </>
      )}
      <Text size="xs" c="dimmed">
        {t('history.asOfNote')}
      </Text>
    </Stack>
  );
}
