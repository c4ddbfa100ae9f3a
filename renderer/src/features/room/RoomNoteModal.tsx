import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';
import { RoomNoteText, type RoomNoteKind } from '../../../../shared/api/methods/shares';
import { sendRoomNote } from '../../api/roomTransport';
import { reportError } from '../../app/notify';

interface Props {
  opened: boolean;
  people: Person[];
  /** The person selected on the map, offered as what the note is about. */
  aboutId: string | null;
  onClose(): void;
}

/** A viewer's sticky note or suggestion, with their name, for the host's inbox. */
export function RoomNoteModal({ opened, people, aboutId, onClose }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<RoomNoteKind>('note');
  const [text, setText] = useState('');
  const [personId, setPersonId] = useState<string | null>(aboutId);
  const [sending, setSending] = useState(false);
  const [shownFor, setShownFor] = useState(opened);
  if (opened !== shownFor) {
    setShownFor(opened);
    if (opened) setPersonId(aboutId);
  }
  const valid = RoomNoteText.safeParse(text).success;

  const send = () => {
    if (!valid || sending) return;
    setSending(true);
    sendRoomNote({ kind, text: text.trim(), ...(personId ? { personId } : {}) }).then(
      () => {
        setSending(false);
        setText('');
        notifications.show({ message: t('room.viewer.sent'), color: 'teal' });
        onClose();
      },
      (error: unknown) => {
        setSending(false);
        reportError(error);
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('room.viewer.noteTitle')} data-testid="room-note-modal">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <Stack>
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value as RoomNoteKind)}
            aria-label={t('room.viewer.noteKind')}
            data={[
              { value: 'note', label: t('room.viewer.kindNote') },
              { value: 'suggestion', label: t('room.viewer.kindSuggestion') },
            ]}
          />
          <Textarea
            label={t('room.viewer.noteText')}
            placeholder={t('room.viewer.notePlaceholder')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            maxLength={1000}
            autosize
            minRows={3}
            required
            data-autofocus
            data-testid="room-note-text"
          />
          <Select
            label={t('room.viewer.noteAbout')}
            value={personId}
            onChange={setPersonId}
            clearable
            searchable
            data={people.map((person) => ({ value: person.id, label: person.name || t('card.placeholder') }))}
            data-testid="room-note-person"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={sending} disabled={!valid} data-testid="room-note-send">
              {t('room.viewer.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
