import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../../shared/api/methods/interactions';
import { formatDate, today } from './format';
import type { useNames } from './useNames';
import type { useInteractionCommands } from './useInteractionCommands';

const STATE_COLOR = { open: 'blue', kept: 'teal', broken: 'red' } as const;

interface Props {
  commitment: Commitment;
  names: ReturnType<typeof useNames>;
  commands: ReturnType<typeof useInteractionCommands>;
}

/** Who promised what to whom, by when; kept / broken in one click, and back to open. */
export function CommitmentItem({ commitment: c, names, commands }: Props) {
  const { t, i18n } = useTranslation();
  const overdue = c.state === 'open' && c.dueDate !== null && c.dueDate < today();
  return (
    <Group justify="space-between" wrap="wrap" gap="xs" data-testid="commitment" data-state={c.state}>
      <div style={{ minWidth: 0, flex: '1 1 180px' }}>
        <Text
          size="sm"
          td={c.state === 'open' ? undefined : 'line-through'}
          c={c.state === 'open' ? undefined : 'dimmed'}
        >
          {c.description}
        </Text>
        <Text size="xs" c="dimmed">
          {names.party(c.by)}
          {c.to ? ` → ${names.party(c.to)}` : ''} ·{' '}
          <Text span size="xs" c={overdue ? 'red' : 'dimmed'} fw={overdue ? 600 : undefined}>
            {c.dueDate
              ? t('interactions.dueOn', { date: formatDate(c.dueDate, i18n.language) })
              : t('interactions.noDue')}
          </Text>
        </Text>
      </div>
      <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
        {overdue && (
          <Badge color="red" variant="light" size="sm" data-testid="commitment-overdue">
            {t('interactions.overdue')}
          </Badge>
        )}
        {c.state === 'open' ? (
          <>
            <Button size="compact-xs" variant="light" color="teal" onClick={() => void commands.setState(c, 'kept')}>
              {t('interactions.markKept')}
            </Button>
            <Button size="compact-xs" variant="light" color="red" onClick={() => void commands.setState(c, 'broken')}>
              {t('interactions.markBroken')}
            </Button>
          </>
        ) : (
          <>
            <Badge color={STATE_COLOR[c.state]} variant="light" size="sm">
              {t(`interactions.state.${c.state}`)}
            </Badge>
            <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void commands.setState(c, 'open')}>
              {t('interactions.reopen')}
            </Button>
          </>
        )}
      </Group>
    </Group>
  );
}
