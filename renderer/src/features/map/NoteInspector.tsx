import { Button, ColorSwatch, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapNote } from '../../../../shared/api/entities';
import { NOTE_COLORS } from '../../../../shared/domain/enums';
import { NOTE_BACKGROUND } from './drawing';
import type { MapCommands } from './useMapCommands';

export function NoteInspector({ note, commands, onGone }: { note: MapNote; commands: MapCommands; onGone(): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="note-inspector">
      <Text size="sm" fw={500}>
        {t('inspector.noteColor')}
      </Text>
      <Group gap={6}>
        {NOTE_COLORS.map((color) => (
          <UnstyledButton key={color} onClick={() => void commands.updateNote(note, { color })} aria-label={color}>
            <ColorSwatch
              color={NOTE_BACKGROUND[color]}
              size={22}
              style={{ outline: note.color === color ? '2px solid #4c6ef5' : undefined }}
            />
          </UnstyledButton>
        ))}
      </Group>
      <Button
        color="red"
        variant="light"
        mt="md"
        onClick={async () => (await commands.deleteNotes([note.id])) && onGone()}
      >
        {t('inspector.deleteNote')}
      </Button>
    </Stack>
  );
}
