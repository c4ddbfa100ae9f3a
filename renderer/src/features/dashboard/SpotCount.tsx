import { useState } from 'react';
import { Button, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PortfolioEntry } from '../../../../shared/api/methods/dashboard';
import type { LabelBox } from '../../../../shared/domain/labelPlacement';
import classes from './PortfolioMatrix.module.css';

interface Props {
  /** Where the count goes on the chart; without it the count stands in the page's flow. */
  box?: LabelBox;
  entries: PortfolioEntry[];
  title: string;
  describe(entry: PortfolioEntry): string;
  onOpen(accountId: string): void;
}

/**
 * "+N" for the accounts whose names found no room: opens the list of them. The list takes the
 * keyboard focus when it opens (Tab moves through it, Escape closes it and returns to the count).
 */
export function SpotCount({ box, entries, title, describe, onOpen }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom"
      withArrow
      shadow="md"
      width={260}
      trapFocus
      returnFocus
    >
      <Popover.Target>
        {box ? (
          <UnstyledButton
            className={classes.count}
            style={{ left: box.x, top: box.y, width: box.width }}
            onClick={() => setOpened((open) => !open)}
            aria-label={title}
            aria-expanded={opened}
            data-testid="portfolio-more"
          >
            {t('dashboard.spotMore', { count: entries.length })}
          </UnstyledButton>
        ) : (
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={() => setOpened((open) => !open)}
            aria-expanded={opened}
            data-testid="portfolio-more"
          >
            {title}
          </Button>
        )}
      </Popover.Target>
      <Popover.Dropdown p={4}>
        <Text size="xs" c="dimmed" px={6} py={2}>
          {title}
        </Text>
        <ScrollArea.Autosize mah={260}>
          <Stack gap={0}>
            {entries.map((entry, index) => (
              <UnstyledButton
                key={entry.accountId}
                className={classes.listItem}
                px={6}
                py={4}
                aria-label={describe(entry)}
                data-testid="portfolio-more-account"
                // Opening the list puts the keyboard on its first account.
                data-autofocus={index === 0 || undefined}
                onClick={() => {
                  setOpened(false);
                  onOpen(entry.accountId);
                }}
              >
                <Text size="sm" truncate>
                  {entry.name}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
