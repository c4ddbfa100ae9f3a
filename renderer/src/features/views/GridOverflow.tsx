import { memo, useState } from 'react';
import { Button, Popover, ScrollArea, Stack, UnstyledButton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';
import { STANCE_COLOR } from '../map/stanceStyle';
import classes from './InfluenceStanceView.module.css';

interface Props {
  x: number;
  y: number;
  width: number;
  height: number;
  hidden: Person[];
  onPick(personId: string): void;
}

/** "+N" in a cell that holds more people than fit; opens the list of the rest. */
function GridOverflowView({ x, y, width, height, hidden, onPick }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    // The list takes the keyboard focus when it opens (Tab moves through it, Escape closes it and
    // returns to "+N"), so the people behind the count are reachable without a mouse.
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom"
      withArrow
      shadow="md"
      width={240}
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <Button
          className={classes.more}
          style={{ left: x, top: y, width, height }}
          variant="default"
          size="compact-sm"
          onClick={() => setOpened((open) => !open)}
          aria-expanded={opened}
          data-testid="grid-more"
          aria-label={t('gridView.moreTitle', { count: hidden.length })}
        >
          {t('gridView.more', { count: hidden.length })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p={4}>
        <Text size="xs" c="dimmed" px={6} py={2}>
          {t('gridView.moreTitle', { count: hidden.length })}
        </Text>
        <ScrollArea.Autosize mah={260}>
          <Stack gap={0}>
            {hidden.map((person, index) => (
              <UnstyledButton
                key={person.id}
                data-testid="grid-more-person"
                // Opening the list puts the keyboard on its first person.
                data-autofocus={index === 0 || undefined}
                px={6}
                py={4}
                style={{ borderLeft: `4px solid ${STANCE_COLOR[person.stance]}`, borderRadius: 4 }}
                onClick={() => {
                  setOpened(false);
                  onPick(person.id);
                }}
              >
                <Text size="sm" fw={500} truncate>
                  {person.name || t('card.placeholder')}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {t(`enums.role.${person.role}`)}
                  {person.title ? ` · ${person.title}` : ''}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

export const GridOverflow = memo(GridOverflowView);
