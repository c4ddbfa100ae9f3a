import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboxNote } from '../../../../shared/api/methods/shares';
import type { MapItem, MapNote } from '../../../../shared/api/entities';
import { NOTE_COLORS, type NoteColor } from '../../../../shared/domain/enums';
import { api } from '../../api/client';
import { reportError } from '../../app/notify';
import { storeCommand } from '../../undo/storeCommand';
import { useUndo } from '../../undo/UndoContext';
import { formatClock } from './formatClock';

interface Props {
  inbox: InboxNote[];
  accountId: string;
  mapId: string;
  /** Whom a note may name, to say who it is about. */
  peopleNames: ReadonlyMap<string, string>;
  /** Where a placed note goes: a free spot in the host's view. */
  spot(): { x: number; y: number };
  onChanged(): void;
}

/**
 * Notes and suggestions from the room wait here: only the host puts one on the map (one undo
 * step; undone, it leaves the map) or dismisses it.
 */
export function RoomInbox({ inbox, accountId, mapId, peopleNames, spot, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const { perform } = useUndo();

  const place = (entry: InboxNote) => {
    let placed: { note: MapNote; item: MapItem } | null = null;
    void perform(
      storeCommand(
        'addNote',
        async () => {
          // The first time it leaves the inbox; a redo after an undo puts the same note back.
          placed = placed
            ? await recreate(placed, accountId, mapId)
            : await api.call('shares.placeNote', { noteId: entry.id, position: spot() });
        },
        async () => {
          if (placed) await api.call('notes.delete', { id: placed.note.id });
        },
      ),
    ).then(onChanged);
  };
  const dismiss = (entry: InboxNote) => {
    api.call('shares.dismissNote', { noteId: entry.id }).then(onChanged, reportError);
  };

  if (inbox.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="room-inbox-empty">
        {t('room.share.inboxEmpty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="room-inbox">
      {inbox.map((entry) => {
        const about = entry.personId ? peopleNames.get(entry.personId) : undefined;
        return (
          <Paper component="li" withBorder p="xs" key={entry.id} data-testid="room-inbox-note">
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" fw={600} truncate>
                {entry.author}
              </Text>
              <Group gap={6} wrap="nowrap">
                <Badge size="sm" variant="light" color={entry.kind === 'suggestion' ? 'grape' : 'yellow'}>
                  {t(entry.kind === 'suggestion' ? 'room.viewer.kindSuggestion' : 'room.viewer.kindNote')}
                </Badge>
                <Text size="xs" c="dimmed">
                  {formatClock(entry.receivedAt, i18n.language)}
                </Text>
              </Group>
            </Group>
            {about && (
              <Text size="xs" c="dimmed">
                {t('room.share.about', { name: about })}
              </Text>
            )}
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {entry.text}
            </Text>
            <Group gap="xs" mt={6} justify="flex-end">
              <Button size="compact-sm" variant="subtle" onClick={() => dismiss(entry)} data-testid="room-dismiss">
                {t('room.share.dismiss')}
              </Button>
              <Button size="compact-sm" onClick={() => place(entry)} data-testid="room-place">
                {t('room.share.place')}
              </Button>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

function recreate(placed: { note: MapNote; item: MapItem }, accountId: string, mapId: string) {
  const { note, item } = placed;
  return api.call('notes.create', {
    id: note.id,
    itemId: item.id,
    accountId,
    mapId,
    kind: note.kind,
    text: note.text,
    color: isNoteColor(note.color) ? note.color : undefined,
    position: { x: item.x, y: item.y },
  });
}

const isNoteColor = (color: string): color is NoteColor => (NOTE_COLORS as readonly string[]).includes(color);
