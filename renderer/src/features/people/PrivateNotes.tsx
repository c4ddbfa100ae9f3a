import { useState } from 'react';
import { Group, Paper, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MarkdownView } from './MarkdownView';
import { TEXT_LIMITS } from '../../../../shared/api/text';

interface Props {
  value: string;
  onSave(value: string): void;
}

/**
 * Private notes in Markdown: typed in a text box, previewed live below it. Saved when focus
 * leaves the text or on Ctrl/⌘+Enter; Escape goes back to the saved text.
 */
export function PrivateNotes({ value, onSave }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  // A new value from the store (undo, another window) replaces the draft.
  if (saved !== value) {
    setSaved(value);
    setDraft(value);
  }
  const dirty = draft !== value;
  const save = () => {
    if (dirty) onSave(draft);
  };
  return (
    <div data-testid="private-notes">
      <Textarea
        aria-label={t('people.details.notes')}
        placeholder={t('people.details.notesPlaceholder')}
        maxLength={TEXT_LIMITS.longText}
        autosize
        minRows={4}
        maxRows={16}
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
          if (event.key === 'Escape' && dirty) {
            event.stopPropagation();
            setDraft(value);
          }
        }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        data-testid="private-notes-input"
      />
      <Group justify="space-between" mt={4} mb="xs" wrap="nowrap" align="flex-start">
        <Text size="xs" c="dimmed">
          {t('people.details.notesHelp')}
        </Text>
        <Text size="xs" c={dirty ? 'orange.7' : 'dimmed'} style={{ whiteSpace: 'nowrap' }} data-testid="notes-state">
          {dirty ? t('people.details.notesUnsaved') : value ? t('people.details.notesSaved') : ''}
        </Text>
      </Group>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {t('people.details.notesPreview')}
      </Text>
      <Paper withBorder p="sm" mt={4} bg="gray.0" data-testid="private-notes-preview">
        {draft.trim() ? (
          <MarkdownView text={draft} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('people.details.notesEmpty')}
          </Text>
        )}
      </Paper>
    </div>
  );
}
