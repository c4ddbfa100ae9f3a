import { useState, type KeyboardEvent } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../../shared/api/text';

/** The few words of why, asked right where the change was confirmed: Enter saves, Esc cancels. */
export function ReasonPrompt({
  context,
  onSave,
  onCancel,
}: {
  /** What changed, so the reason is written for the right thing (left out where it is on show). */
  context?: string;
  onSave(reason: string): Promise<boolean>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const save = () => {
    const text = reason.trim();
    if (!text) return onCancel();
    setSaving(true);
    void onSave(text).then((saved) => saved || setSaving(false));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter that picks a word in a Chinese input method is the method's, not ours.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      // Esc closes only the prompt, not the drawer or the time travel behind it.
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <Stack gap={6} data-testid="reason-prompt">
      <Textarea
        label={t('history.reason.label')}
        description={context}
        placeholder={t('history.reason.placeholder')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        autosize
        minRows={2}
        maxRows={5}
        maxLength={TEXT_LIMITS.reason}
        autoFocus
        disabled={saving}
        data-testid="reason-input"
        // Mantine's drawers close on Esc from a window listener that only this attribute stops.
        data-mantine-stop-propagation
      />
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="xs" c="dimmed">
          {t('history.reason.keys')}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Button size="compact-sm" variant="default" onClick={onCancel}>
            {t('history.reason.cancel')}
          </Button>
          <Button size="compact-sm" onClick={save} loading={saving} data-testid="reason-save">
            {t('history.reason.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
