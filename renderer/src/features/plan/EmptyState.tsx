import type { ReactNode } from 'react';
import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';

interface Props {
  icon: ReactNode;
  text: string;
  /** The button that adds the first one; left out of print. */
  actionLabel?: string;
  onAction?(): void;
  testId: string;
}

/** An empty part of a sheet: what belongs here, and the button that adds the first one. */
export function EmptyState({ icon, text, actionLabel, onAction, testId }: Props) {
  return (
    <Paper withBorder radius="md" p="lg" style={{ borderStyle: 'dashed' }} data-testid={testId}>
      <Stack align="center" gap="xs">
        <Text c="dimmed" lh={0}>
          {icon}
        </Text>
        <Text c="dimmed" size="sm" ta="center" maw={560}>
          {text}
        </Text>
        {actionLabel && onAction && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onAction} data-no-print>
            {actionLabel}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
