import { Box, Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import type { PaletteEntry } from '../../../../shared/actions/palette';

/**
 * One command of the palette. A command that cannot run here stays listed, dimmed, saying when it
 * can, so the user learns where it lives instead of wondering why it is missing.
 */
export function CommandOption(props: {
  id: string;
  entry: PaletteEntry;
  index: number;
  active: boolean;
  onPick(entry: PaletteEntry): void;
  onHover(index: number): void;
}) {
  const { id, entry, index, active, onPick, onHover } = props;
  return (
    <UnstyledButton
      id={id}
      // The input keeps focus; arrows move the active option, as in a combobox.
      tabIndex={-1}
      role="option"
      aria-selected={active}
      aria-disabled={!entry.available}
      aria-label={[entry.label, entry.why, entry.keys].filter(Boolean).join(', ')}
      data-index={index}
      data-action={entry.id}
      data-available={entry.available}
      data-testid="command-option"
      onClick={() => onPick(entry)}
      onMouseMove={() => onHover(index)}
      px="sm"
      py={6}
      style={{
        display: 'block',
        width: '100%',
        borderRadius: 'var(--mantine-radius-sm)',
        background: active ? 'var(--mantine-color-blue-light)' : undefined,
        cursor: entry.available ? undefined : 'not-allowed',
      }}
    >
      <Group gap="sm" wrap="nowrap" justify="space-between">
        <Box style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={entry.available ? 600 : 400} c={entry.available ? undefined : 'dimmed'} truncate>
            {entry.label}
          </Text>
          {entry.why && (
            <Text size="xs" c="dimmed" truncate data-testid="command-why">
              {entry.why}
            </Text>
          )}
        </Box>
        {entry.keys && <Kbd size="xs">{entry.keys}</Kbd>}
      </Group>
    </UnstyledButton>
  );
}
